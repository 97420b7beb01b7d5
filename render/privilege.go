package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// setOwner renders ALTER ... OWNER TO.
func setOwner(op diff.SetOwner) string {
	return "ALTER " + objectTarget(securableRef(op.Object)) + " OWNER TO " + Ident(op.Owner)
}

// grantTarget names an object the way GRANT and REVOKE do: TABLE for
// views and materialized views too, FUNCTION for aggregates (whose
// arguments GRANT lists plainly, without ORDER BY).
func grantTarget(o model.Securable) string {
	switch o.Kind {
	case model.SecurableView, model.SecurableMaterializedView:
		o.Kind = model.SecurableTable
	case model.SecurableAggregate:
		o.Kind = model.SecurableFunction
		o.Args = strings.TrimPrefix(strings.ReplaceAll(o.Args, " ORDER BY ", ", "), "ORDER BY ")
	}
	return objectTarget(securableRef(o))
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
