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
			line = fmt.Sprintf("grant %s %s", aclTarget(op.Object, op.Column), op.Grantee) + privSuffix(op.Privileges, op.GrantOption, " option")
		case RevokePrivileges:
			line = fmt.Sprintf("revoke %s %s", aclTarget(op.Object, op.Column), op.Grantee) + privSuffix(op.Privileges, op.GrantOptionOnly, " option-only")
		case GrantDefaultPrivileges:
			line = fmt.Sprintf("default grant %s/%s/%s %s", op.Role, op.Schema, op.On, op.Grantee) + privSuffix(op.Privileges, op.GrantOption, " option")
		case RevokeDefaultPrivileges:
			line = fmt.Sprintf("default revoke %s/%s/%s %s", op.Role, op.Schema, op.On, op.Grantee) + privSuffix(op.Privileges, op.GrantOptionOnly, " option-only")
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

func privSuffix(privs []string, option bool, word string) string {
	s := " " + strings.Join(privs, ",")
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
