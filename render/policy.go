package render

import (
	"reflect"
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// setRowSecurity renders ALTER TABLE ... ENABLE / DISABLE ROW LEVEL SECURITY.
func setRowSecurity(op diff.SetRowSecurity) string {
	if op.Enabled {
		return alterTable(op.Table, "ENABLE ROW LEVEL SECURITY")
	}
	return alterTable(op.Table, "DISABLE ROW LEVEL SECURITY")
}

// setForceRowSecurity renders ALTER TABLE ... [NO] FORCE ROW LEVEL SECURITY.
func setForceRowSecurity(op diff.SetForceRowSecurity) string {
	if op.Forced {
		return alterTable(op.Table, "FORCE ROW LEVEL SECURITY")
	}
	return alterTable(op.Table, "NO FORCE ROW LEVEL SECURITY")
}

// policyOn renders "name ON schema.table".
func policyOn(q model.QualifiedName, name string) string {
	return Ident(name) + " ON " + QualifiedName(q)
}

// createPolicy renders CREATE POLICY with every clause spelled out.
func createPolicy(op diff.CreatePolicy) string {
	p := op.Policy
	var b strings.Builder
	b.WriteString("CREATE POLICY " + policyOn(op.Table, p.Name))
	if p.Permissive {
		b.WriteString(" AS PERMISSIVE")
	} else {
		b.WriteString(" AS RESTRICTIVE")
	}
	cmd := p.Command
	if cmd == "" {
		cmd = "ALL"
	}
	b.WriteString(" FOR " + cmd)
	b.WriteString(" TO " + policyRoles(p.Roles))
	b.WriteString(policyClauses(p.Using, p.WithCheck))
	return b.String()
}

// alterPolicy renders ALTER POLICY with the clauses that change.
func alterPolicy(op diff.AlterPolicy) string {
	s := "ALTER POLICY " + policyOn(op.Table, op.To.Name)
	if !reflect.DeepEqual(op.From.Roles, op.To.Roles) {
		s += " TO " + policyRoles(op.To.Roles)
	}
	using, check := "", ""
	if op.From.Using != op.To.Using {
		using = op.To.Using
	}
	if op.From.WithCheck != op.To.WithCheck {
		check = op.To.WithCheck
	}
	return s + policyClauses(using, check)
}

// policyClauses renders the USING and WITH CHECK clauses that are not empty.
func policyClauses(using, check string) string {
	s := ""
	if using != "" {
		s += " USING " + parenthesized(using)
	}
	if check != "" {
		s += " WITH CHECK " + parenthesized(check)
	}
	return s
}

// policyRoles renders a role list; "public" (or no role) is PUBLIC.
func policyRoles(roles []string) string {
	if len(roles) == 0 {
		return "PUBLIC"
	}
	out := make([]string, len(roles))
	for i, r := range roles {
		if r == "public" {
			out[i] = "PUBLIC"
		} else {
			out[i] = Ident(r)
		}
	}
	return strings.Join(out, ", ")
}
