package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// privilegeRoles creates the roles the privilege tests use; roles are
// cluster-wide, so creating them is idempotent (and safe in parallel).
const privilegeRoles = `
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
`

func TestPrivileges(t *testing.T) {
	url := load(t, privilegeRoles+`
CREATE SCHEMA app AUTHORIZATION retort_t_owner;
GRANT USAGE ON SCHEMA app TO retort_t_reader;
CREATE TABLE app.t (id int GENERATED ALWAYS AS IDENTITY, note text);
ALTER TABLE app.t OWNER TO retort_t_owner;
GRANT SELECT, INSERT ON app.t TO retort_t_reader;
GRANT UPDATE (note) ON app.t TO retort_t_reader WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE app.t_id_seq TO retort_t_reader;
REVOKE TRUNCATE ON app.t FROM retort_t_owner;
CREATE SEQUENCE app.s;
CREATE FUNCTION app.f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
REVOKE EXECUTE ON FUNCTION app.f(int) FROM PUBLIC;
CREATE TYPE app.mood AS ENUM ('ok');
GRANT USAGE ON TYPE app.mood TO retort_t_reader WITH GRANT OPTION;
CREATE VIEW app.v AS SELECT 1 AS x;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA app GRANT SELECT ON TABLES TO retort_t_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
`)
	s := read(t, url, Options{Schemas: []string{"app"}, Privileges: true})
	if s.Privileges == nil {
		t.Fatal("Privileges is nil")
	}
	current := s.Privileges.Owners[0].Role // the role that ran the script
	for _, o := range s.Privileges.Owners {
		if o.Object.Kind == model.SecurableFunction {
			current = o.Role
		}
	}
	sec := func(kind model.SecurableKind, name, args string) model.Securable {
		schema := "app"
		if kind == model.SecurableSchema {
			schema = ""
		}
		return model.Securable{Kind: kind, Schema: schema, Name: name, Args: args}
	}
	want := &model.Privileges{
		Owners: []model.Owner{
			{Object: sec(model.SecurableSchema, "app", ""), Role: "retort_t_owner"},
			{Object: sec(model.SecurableFunction, "f", "a integer"), Role: current},
			{Object: sec(model.SecurableType, "mood", ""), Role: current},
			{Object: sec(model.SecurableSequence, "s", ""), Role: current},
			{Object: sec(model.SecurableTable, "t", ""), Role: "retort_t_owner"},
			{Object: sec(model.SecurableView, "v", ""), Role: current},
		},
		Grants: []model.Grant{
			{Object: sec(model.SecurableSchema, "app", ""), Grantee: "retort_t_reader", Privileges: []string{"USAGE"}},
			{Object: sec(model.SecurableType, "mood", ""), Grantee: "retort_t_reader", Privileges: []string{"USAGE"}, Grantable: true},
			{Object: sec(model.SecurableTable, "t", ""), Grantee: "retort_t_reader", Privileges: []string{"INSERT", "SELECT"}},
			{Object: sec(model.SecurableTable, "t", ""), Column: "note", Grantee: "retort_t_reader", Privileges: []string{"UPDATE"}, Grantable: true},
			{Object: sec(model.SecurableSequence, "t_id_seq", ""), Grantee: "retort_t_reader", Privileges: []string{"USAGE"}},
		},
		Revokes: []model.Revoke{
			{Object: sec(model.SecurableFunction, "f", "a integer"), Grantee: "public", Privileges: []string{"EXECUTE"}},
			{Object: sec(model.SecurableTable, "t", ""), Grantee: "retort_t_owner", Privileges: []string{"TRUNCATE"}},
		},
		DefaultGrants: []model.DefaultGrant{
			{Role: "retort_t_owner", Schema: "app", On: model.DefaultTables, Grantee: "retort_t_reader", Privileges: []string{"SELECT"}},
		},
		DefaultRevokes: []model.DefaultRevoke{
			{Role: "retort_t_owner", On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}},
		},
	}
	if d := cmp.Diff(want, s.Privileges); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}

	if off := read(t, url, Options{Schemas: []string{"app"}}); off.Privileges != nil {
		t.Errorf("without Options.Privileges: %+v, want nil", off.Privileges)
	}
}

// TestPrivilegesQueryCount checks that privileges cost one query more,
// and nothing when they are not asked for.
func TestPrivilegesQueryCount(t *testing.T) {
	url := load(t, generated(3))
	count := func(privileges bool) int {
		c := &queryCounter{}
		if _, err := Schema(t.Context(), connectCounting(t, url, c), Options{Privileges: privileges}); err != nil {
			t.Fatal(err)
		}
		return c.n
	}
	if off, on := count(false), count(true); on != off+1 {
		t.Errorf("%d queries with privileges, %d without; want one more", on, off)
	}
}
