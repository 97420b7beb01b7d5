package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// privilegeSteps lists a plan's steps in short form: privilege operations
// in full, others as their type and object.
func privilegeSteps(p *Plan) []string {
	var out []string
	for _, s := range p.Steps {
		var line string
		switch op := s.Op.(type) {
		case SetOwner:
			line = fmt.Sprintf("owner %s %s", op.Object, op.Owner)
		case GrantPrivileges:
			line = fmt.Sprintf("grant %s %s", aclTarget(op.Object, op.Column), op.Grantee) + privSuffix(op.Privileges, op.All, op.GrantOption, " option")
		case RevokePrivileges:
			line = fmt.Sprintf("revoke %s %s", aclTarget(op.Object, op.Column), op.Grantee) + privSuffix(op.Privileges, op.All, op.GrantOptionOnly, " option-only")
		case GrantDefaultPrivileges:
			line = fmt.Sprintf("default grant %s/%s/%s %s", op.Role, op.Schema, op.On, op.Grantee) + privSuffix(op.Privileges, op.All, op.GrantOption, " option")
		case RevokeDefaultPrivileges:
			line = fmt.Sprintf("default revoke %s/%s/%s %s", op.Role, op.Schema, op.On, op.Grantee) + privSuffix(op.Privileges, op.All, op.GrantOptionOnly, " option-only")
		case CreateTable:
			line = "CreateTable " + op.Table.Name
		case CreateFunction:
			line = "CreateFunction " + op.Function.Name
		case CreateSchema:
			line = "CreateSchema " + op.Schema.Name
		default:
			line = strings.TrimPrefix(fmt.Sprintf("%T", s.Op), "diff.")
		}
		out = append(out, line)
	}
	return out
}

func aclTarget(o model.Securable, column string) string {
	if column != "" {
		return o.String() + "." + column
	}
	return o.String()
}

// privSuffix writes the privileges, marked (ALL) when the op says they are
// all of them.
func privSuffix(privs []string, all, option bool, word string) string {
	s := " " + strings.Join(privs, ",")
	if all {
		s += "(ALL)"
	}
	if option {
		s += word
	}
	return s
}

func TestComparePrivileges(t *testing.T) {
	ns := []model.Namespace{{Name: "app"}}
	table := model.Table{Schema: "app", Name: "t", Columns: []model.Column{{Name: "id", Type: "integer"}, {Name: "note", Type: "text"}}}
	fn := model.Function{Schema: "app", Name: "f", IdentityArguments: "integer", Definition: "CREATE FUNCTION app.f(integer) ..."}
	tSec := model.Securable{Kind: model.SecurableTable, Schema: "app", Name: "t"}
	fSec := model.Securable{Kind: model.SecurableFunction, Schema: "app", Name: "f", Args: "integer"}
	appSec := model.Securable{Kind: model.SecurableSchema, Name: "app"}
	owners := func(role string) []model.Owner {
		return []model.Owner{{Object: appSec, Role: role}, {Object: fSec, Role: role}, {Object: tSec, Role: role}}
	}
	schema := func(p *model.Privileges, withObjects bool) *model.Schema {
		s := &model.Schema{Namespaces: ns, Privileges: p}
		if withObjects {
			s.Tables, s.Functions = []model.Table{table}, []model.Function{fn}
		}
		return s
	}
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		{"same", schema(&model.Privileges{Owners: owners("o")}, true), schema(&model.Privileges{Owners: owners("o")}, true), nil},
		{"grant and revoke", schema(&model.Privileges{Owners: owners("o"), Grants: []model.Grant{
			{Object: tSec, Grantee: "r", Privileges: []string{"INSERT", "SELECT"}},
		}}, true), schema(&model.Privileges{Owners: owners("o"), Grants: []model.Grant{
			{Object: tSec, Grantee: "r", Privileges: []string{"SELECT", "UPDATE"}},
			{Object: tSec, Column: "note", Grantee: "w", Privileges: []string{"UPDATE"}, Grantable: true},
		}, Revokes: []model.Revoke{{Object: fSec, Grantee: "public", Privileges: []string{"EXECUTE"}}}}, true), []string{
			"revoke function app.f(integer) public EXECUTE",
			"revoke table app.t r INSERT",
			"grant table app.t r UPDATE",
			"grant table app.t.note w UPDATE option",
		}},
		{"grant option only", schema(&model.Privileges{Owners: owners("o"), Grants: []model.Grant{
			{Object: tSec, Grantee: "r", Privileges: []string{"SELECT"}, Grantable: true},
		}}, true), schema(&model.Privileges{Owners: owners("o"), Grants: []model.Grant{
			{Object: tSec, Grantee: "r", Privileges: []string{"SELECT"}},
		}}, true), []string{"revoke table app.t r SELECT option-only"}},
		{"owner change moves the owner's privileges", schema(&model.Privileges{Owners: owners("a"), Grants: []model.Grant{
			{Object: tSec, Grantee: "b", Privileges: []string{"SELECT"}},
		}, Revokes: []model.Revoke{{Object: tSec, Grantee: "a", Privileges: []string{"TRUNCATE"}}}}, true),
			schema(&model.Privileges{Owners: owners("b"), Revokes: []model.Revoke{{Object: tSec, Grantee: "b", Privileges: []string{"TRUNCATE"}}}}, true),
			[]string{"owner schema app b", "owner function app.f(integer) b", "owner table app.t b"}},
		{"old owner keeps a grant", schema(&model.Privileges{Owners: owners("a")}, true),
			schema(&model.Privileges{Owners: owners("b"), Grants: []model.Grant{{Object: tSec, Grantee: "a", Privileges: []string{"SELECT"}}}}, true),
			[]string{"owner schema app b", "owner function app.f(integer) b", "owner table app.t b", "grant table app.t a SELECT"}},
		{"unmanaged objects are left alone", schema(&model.Privileges{Owners: owners("a")}, true),
			schema(&model.Privileges{Owners: []model.Owner{{Object: appSec, Role: "a"}}}, true), nil},
		{"new objects get owner and privileges", schema(&model.Privileges{Owners: owners("o")[:1]}, false),
			schema(&model.Privileges{Owners: owners("o"), Grants: []model.Grant{
				{Object: tSec, Column: "note", Grantee: "r", Privileges: []string{"SELECT"}},
			}, Revokes: []model.Revoke{{Object: fSec, Grantee: "public", Privileges: []string{"EXECUTE"}}}}, true), []string{
				"CreateFunction f", "owner function app.f(integer) o", "revoke function app.f(integer) public EXECUTE",
				"CreateTable t", "owner table app.t o", "grant table app.t.note r SELECT",
			}},
		{"default privileges make a new object start from nothing", schema(&model.Privileges{Owners: owners("o")[:1]}, false),
			schema(&model.Privileges{Owners: owners("o"), DefaultGrants: []model.DefaultGrant{
				{Role: "o", Schema: "app", On: model.DefaultFunctions, Grantee: "r", Privileges: []string{"EXECUTE"}},
			}}, true), []string{
				"default grant o/app/FUNCTIONS r EXECUTE",
				"CreateFunction f", "owner function app.f(integer) o", "revoke function app.f(integer) r EXECUTE",
				"CreateTable t", "owner table app.t o",
			}},
		{"default privileges of a role on its own objects", schema(&model.Privileges{Owners: owners("o")[:1]}, false),
			schema(&model.Privileges{Owners: owners("o"), Grants: []model.Grant{
				{Object: fSec, Grantee: "r", Privileges: []string{"EXECUTE"}, Grantable: true},
			}, DefaultGrants: []model.DefaultGrant{
				{Role: "x", Schema: "app", On: model.DefaultFunctions, Grantee: "r", Privileges: []string{"EXECUTE"}, Grantable: true},
			}, DefaultRevokes: []model.DefaultRevoke{
				{Role: "x", On: model.DefaultFunctions, Grantee: "x", Privileges: []string{"EXECUTE"}},
				{Role: "x", On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}},
			}}, true), []string{
				"default revoke x//FUNCTIONS public EXECUTE", "default revoke x//FUNCTIONS x EXECUTE",
				"default grant x/app/FUNCTIONS r EXECUTE option",
				"CreateFunction f", "owner function app.f(integer) o",
				"revoke function app.f(integer) x EXECUTE",
				"grant function app.f(integer) o EXECUTE", "grant function app.f(integer) public EXECUTE",
				"grant function app.f(integer) r EXECUTE option",
				"CreateTable t", "owner table app.t o",
			}},
		{"dropped objects get nothing", schema(&model.Privileges{Owners: owners("o"), Grants: []model.Grant{
			{Object: tSec, Grantee: "r", Privileges: []string{"SELECT"}},
		}}, true), schema(&model.Privileges{Owners: owners("o")[:1]}, false), []string{"DropTable", "DropFunction"}},
		{"default privileges", schema(&model.Privileges{DefaultGrants: []model.DefaultGrant{
			{Role: "o", On: model.DefaultTables, Grantee: "r", Privileges: []string{"SELECT"}},
			{Role: "o", Schema: "app", On: model.DefaultTypes, Grantee: "r", Privileges: []string{"USAGE"}, Grantable: true},
		}}, false), schema(&model.Privileges{DefaultGrants: []model.DefaultGrant{
			{Role: "o", Schema: "app", On: model.DefaultTypes, Grantee: "r", Privileges: []string{"USAGE"}},
		}, DefaultRevokes: []model.DefaultRevoke{
			{Role: "o", On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}},
		}}, false), []string{
			"default revoke o//TABLES r SELECT",
			"default revoke o//FUNCTIONS public EXECUTE",
			"default revoke o/app/TYPES r USAGE option-only",
		}},
		{"default privileges of a schema that goes", schema(&model.Privileges{DefaultGrants: []model.DefaultGrant{
			{Role: "o", Schema: "app", On: model.DefaultTables, Grantee: "r", Privileges: []string{"SELECT"}},
		}}, false), &model.Schema{Privileges: &model.Privileges{}}, []string{"DropSchema"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, privilegeSteps(Compare(tc.from, tc.to))); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func TestComparePrivilegesOneSide(t *testing.T) {
	with := &model.Schema{Privileges: &model.Privileges{DefaultRevokes: []model.DefaultRevoke{
		{Role: "o", On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}}}}}
	for _, p := range []*Plan{Compare(with, &model.Schema{}), Compare(&model.Schema{}, with)} {
		if !p.Empty() {
			t.Errorf("plan with privileges on one side only: %v", privilegeSteps(p))
		}
		if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0], "--privileges") {
			t.Errorf("warnings: %q, want one about --privileges", p.Warnings)
		}
	}
}

// TestPrivilegesOfOwnedSequences: a sequence owned by a column has no
// owner entry; it follows its table, also when the table's owner changes.
func TestPrivilegesOfOwnedSequences(t *testing.T) {
	seq := model.Sequence{Schema: "app", Name: "t_id_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 100, Cache: 1}
	table := model.Table{Schema: "app", Name: "t", Columns: []model.Column{
		{Name: "id", Type: "integer", NotNull: true, Identity: model.IdentityAlways, IdentitySequence: &seq}}}
	tSec := model.Securable{Kind: model.SecurableTable, Schema: "app", Name: "t"}
	sSec := model.Securable{Kind: model.SecurableSequence, Schema: "app", Name: "t_id_seq"}
	from := &model.Schema{Tables: []model.Table{table}, Privileges: &model.Privileges{
		Owners:  []model.Owner{{Object: tSec, Role: "a"}},
		Revokes: []model.Revoke{{Object: sSec, Grantee: "a", Privileges: []string{"UPDATE"}}},
	}}
	to := &model.Schema{Tables: []model.Table{table}, Privileges: &model.Privileges{
		Owners:  []model.Owner{{Object: tSec, Role: "b"}},
		Revokes: []model.Revoke{{Object: sSec, Grantee: "b", Privileges: []string{"UPDATE"}}},
	}}
	if d := cmp.Diff([]string{"owner table app.t b"}, privilegeSteps(Compare(from, to))); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	created := privilegeSteps(Compare(&model.Schema{Privileges: &model.Privileges{}}, to))
	want := []string{"CreateTable t", "owner table app.t b", "revoke sequence app.t_id_seq b UPDATE"}
	if d := cmp.Diff(want, created); d != "" {
		t.Errorf("created (-want +got)\n%s", d)
	}
}

// TestPrivilegesAcrossMajors: which privileges are all of them, and so
// GRANT ALL, depends on the major of the server the plan runs on (from's):
// MAINTAIN is one of them from 17 on. Before 17, and when the major is
// unknown, MAINTAIN is left out of the plan, so that a model written on 17
// (whose all includes it) applies to 15.
func TestPrivilegesAcrossMajors(t *testing.T) {
	ns := []model.Namespace{{Name: "app"}}
	table := model.Table{Schema: "app", Name: "t", Columns: []model.Column{{Name: "id", Type: "integer"}}}
	tSec := model.Securable{Kind: model.SecurableTable, Schema: "app", Name: "t"}
	owners := []model.Owner{{Object: model.Securable{Kind: model.SecurableSchema, Name: "app"}, Role: "o"}, {Object: tSec, Role: "o"}}
	seven := model.SecurableTable.PrivilegesOn(16)
	eight := model.SecurableTable.PrivilegesOn(17)
	grant := func(privs ...string) []model.Grant {
		return []model.Grant{{Object: tSec, Grantee: "r", Privileges: privs}}
	}
	schema := func(major int, withTable bool, grants []model.Grant, revokes ...model.Revoke) *model.Schema {
		s := &model.Schema{Major: major, Namespaces: ns, Privileges: &model.Privileges{Owners: owners, Grants: grants, Revokes: revokes}}
		if withTable {
			s.Tables = []model.Table{table}
		} else {
			s.Privileges.Owners = owners[:1]
		}
		return s
	}
	defaults := func(major int, grants []model.DefaultGrant, revokes ...model.DefaultRevoke) *model.Schema {
		return &model.Schema{Major: major, Privileges: &model.Privileges{DefaultGrants: grants, DefaultRevokes: revokes}}
	}
	defaultGrant := func(privs ...string) []model.DefaultGrant {
		return []model.DefaultGrant{{Role: "o", On: model.DefaultTables, Grantee: "r", Privileges: privs}}
	}
	maintainOfOwner := model.Revoke{Object: tSec, Grantee: "o", Privileges: []string{model.PrivMaintain}}
	defaultMaintainOfOwner := model.DefaultRevoke{Role: "o", On: model.DefaultTables, Grantee: "o", Privileges: []string{model.PrivMaintain}}
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		{"all on 15", schema(15, true, nil), schema(0, true, grant(eight...)),
			[]string{"grant table app.t r DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)"}},
		{"all on an unknown major", schema(0, true, nil), schema(0, true, grant(eight...)),
			[]string{"grant table app.t r DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)"}},
		{"all on 17", schema(17, true, nil), schema(0, true, grant(eight...)),
			[]string{"grant table app.t r DELETE,INSERT,MAINTAIN,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)"}},
		{"the 7 of 16 on 17 are not all", schema(17, true, nil), schema(17, true, grant(seven...)),
			[]string{"grant table app.t r DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE"}},
		{"revoke all on 17", schema(17, true, grant(eight...)), schema(17, true, nil),
			[]string{"revoke table app.t r DELETE,INSERT,MAINTAIN,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)"}},
		{"maintain added on 17", schema(17, true, grant(seven...)), schema(17, true, grant(eight...)),
			[]string{"grant table app.t r MAINTAIN"}},
		{"maintain alone on 17", schema(17, true, nil), schema(17, true, grant(model.PrivMaintain)),
			[]string{"grant table app.t r MAINTAIN"}},
		{"maintain alone on 15", schema(15, true, nil), schema(17, true, grant(model.PrivMaintain)), nil},
		{"maintain on an unknown major", schema(0, true, nil), schema(0, true, grant(model.PrivMaintain)), nil},
		{"a model of 17 read on 15 is itself", schema(15, true, grant(seven...)), schema(0, true, grant(eight...)), nil},
		{"maintain revoked from the owner on 17", schema(17, true, nil), schema(17, true, nil, maintainOfOwner),
			[]string{"revoke table app.t o MAINTAIN"}},
		{"maintain revoked from the owner on 15", schema(15, true, nil), schema(17, true, nil, maintainOfOwner), nil},
		{"a new table on 17", schema(17, false, nil), schema(0, true, grant(eight...)), []string{
			"CreateTable t", "owner table app.t o",
			"grant table app.t r DELETE,INSERT,MAINTAIN,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)",
		}},
		{"a new table on 15", schema(15, false, nil), schema(0, true, grant(eight...)), []string{
			"CreateTable t", "owner table app.t o",
			"grant table app.t r DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)",
		}},
		{"a column's all is the same on every major", schema(17, true, nil),
			schema(17, true, []model.Grant{{Object: tSec, Column: "id", Grantee: "r", Privileges: model.ColumnPrivileges}}),
			[]string{"grant table app.t.id r INSERT,REFERENCES,SELECT,UPDATE(ALL)"}},
		{"default all on 17", defaults(17, nil), defaults(0, defaultGrant(eight...)),
			[]string{"default grant o//TABLES r DELETE,INSERT,MAINTAIN,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)"}},
		{"default all on 15", defaults(15, nil), defaults(0, defaultGrant(eight...)),
			[]string{"default grant o//TABLES r DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE(ALL)"}},
		{"default 7 on 17", defaults(17, nil), defaults(17, defaultGrant(seven...)),
			[]string{"default grant o//TABLES r DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE"}},
		{"default maintain on 17", defaults(17, nil), defaults(17, defaultGrant(model.PrivMaintain), defaultMaintainOfOwner),
			[]string{"default revoke o//TABLES o MAINTAIN", "default grant o//TABLES r MAINTAIN"}},
		{"default maintain on 15", defaults(15, nil), defaults(17, defaultGrant(model.PrivMaintain), defaultMaintainOfOwner), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, privilegeSteps(Compare(tc.from, tc.to))); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
	// The model's privileges are left as they were.
	to := schema(0, true, grant(eight...))
	Compare(schema(15, true, nil), to)
	if d := cmp.Diff(eight, to.Privileges.Grants[0].Privileges); d != "" {
		t.Errorf("Compare changed the model's privileges (-want +got)\n%s", d)
	}
}
