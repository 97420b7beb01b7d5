package render

import (
	"fmt"
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// setOwner renders ALTER ... OWNER TO.
func setOwner(op diff.SetOwner) string {
	o := op.Object
	q := QualifiedName(model.QualifiedName{Schema: o.Schema, Name: o.Name})
	var target string
	switch o.Kind {
	case model.SecurableSchema:
		target = "SCHEMA " + Ident(o.Name)
	case model.SecurableTable:
		target = "TABLE " + q
	case model.SecurableView:
		target = "VIEW " + q
	case model.SecurableMaterializedView:
		target = "MATERIALIZED VIEW " + q
	case model.SecurableSequence:
		target = "SEQUENCE " + q
	case model.SecurableFunction:
		target = "FUNCTION " + functionSignature(o.Schema, o.Name, o.Args)
	case model.SecurableProcedure:
		target = "PROCEDURE " + functionSignature(o.Schema, o.Name, o.Args)
	case model.SecurableAggregate:
		target = "AGGREGATE " + aggregateSignature(o.Schema, o.Name, o.Args)
	case model.SecurableType:
		target = "TYPE " + q
	default:
		panic(fmt.Sprintf("render: owner of unknown object kind %d", o.Kind))
	}
	return "ALTER " + target + " OWNER TO " + Ident(op.Owner)
}

// grantTarget names an object the way GRANT and REVOKE do: TABLE for
// views and materialized views too, FUNCTION for aggregates (whose
// arguments GRANT lists plainly, without ORDER BY).
func grantTarget(o model.Securable) string {
	q := QualifiedName(model.QualifiedName{Schema: o.Schema, Name: o.Name})
	switch o.Kind {
	case model.SecurableSchema:
		return "SCHEMA " + Ident(o.Name)
	case model.SecurableTable, model.SecurableView, model.SecurableMaterializedView:
		return "TABLE " + q
	case model.SecurableSequence:
		return "SEQUENCE " + q
	case model.SecurableFunction:
		return "FUNCTION " + functionSignature(o.Schema, o.Name, o.Args)
	case model.SecurableProcedure:
		return "PROCEDURE " + functionSignature(o.Schema, o.Name, o.Args)
	case model.SecurableAggregate:
		args := strings.TrimPrefix(strings.ReplaceAll(o.Args, " ORDER BY ", ", "), "ORDER BY ")
		return "FUNCTION " + functionSignature(o.Schema, o.Name, args)
	case model.SecurableType:
		return "TYPE " + q
	}
	panic(fmt.Sprintf("render: privileges on unknown object kind %d", o.Kind))
}

// privilegeList renders privileges as GRANT lists them: ALL when the plan
// says they are all of them (the op's All; which they are depends on the
// server's major, which the diff knows: MAINTAIN came with 17); each
// followed by the column for a column's privileges.
func privilegeList(privileges []string, all bool, column string) string {
	list := privileges
	if all {
		list = []string{"ALL"}
	}
	if column == "" {
		return strings.Join(list, ", ")
	}
	parts := make([]string, len(list))
	for i, p := range list {
		parts[i] = p + " (" + Ident(column) + ")"
	}
	return strings.Join(parts, ", ")
}

// grantee renders a role, PUBLIC for "public".
func grantee(role string) string {
	if role == "public" {
		return "PUBLIC"
	}
	return Ident(role)
}

func grantPrivileges(op diff.GrantPrivileges) string {
	s := "GRANT " + privilegeList(op.Privileges, op.All, op.Column) +
		" ON " + grantTarget(op.Object) + " TO " + grantee(op.Grantee)
	if op.GrantOption {
		s += " WITH GRANT OPTION"
	}
	return s
}

func revokePrivileges(op diff.RevokePrivileges) string {
	s := "REVOKE "
	if op.GrantOptionOnly {
		s += "GRANT OPTION FOR "
	}
	return s + privilegeList(op.Privileges, op.All, op.Column) +
		" ON " + grantTarget(op.Object) + " FROM " + grantee(op.Grantee)
}

// alterDefaultPrivileges renders the start of ALTER DEFAULT PRIVILEGES.
func alterDefaultPrivileges(role, schema string) string {
	s := "ALTER DEFAULT PRIVILEGES FOR ROLE " + Ident(role)
	if schema != "" {
		s += " IN SCHEMA " + Ident(schema)
	}
	return s
}

func grantDefaultPrivileges(op diff.GrantDefaultPrivileges) string {
	s := alterDefaultPrivileges(op.Role, op.Schema) + " GRANT " + privilegeList(op.Privileges, op.All, "") +
		" ON " + op.On.String() + " TO " + grantee(op.Grantee)
	if op.GrantOption {
		s += " WITH GRANT OPTION"
	}
	return s
}

func revokeDefaultPrivileges(op diff.RevokeDefaultPrivileges) string {
	s := alterDefaultPrivileges(op.Role, op.Schema) + " REVOKE "
	if op.GrantOptionOnly {
		s += "GRANT OPTION FOR "
	}
	return s + privilegeList(op.Privileges, op.All, "") + " ON " + op.On.String() + " FROM " + grantee(op.Grantee)
}
