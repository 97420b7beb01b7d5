package yamlmodel

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// privilegeObjectsYAML defines the objects the privilege tests name.
const privilegeObjectsYAML = `schemas:
  app:
    enums:
      mood: [ok]
    sequences:
      counter: {}
    functions:
      total(integer): {definition: "CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer)"}
      f(): {definition: "CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"}
    tables:
      orders:
        columns: {id: integer, note: text}
      log:
        partition_by: RANGE (at)
        columns: {at: date}
      log_2024:
        partition_of: log
        bound: FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    views:
      recent: {materialized: true, definition: " SELECT 1 AS x;", columns: {x: {}}}
`

func TestDecodePrivileges(t *testing.T) {
	src := privilegeObjectsYAML + `privileges:
  schemas:
    app:
      owner: app_owner
      grants: {public: [usage]}
      tables:
        orders:
          owner: app_owner
          grants: {reader: [select, insert], writer: [all]}
          grantable: {admin: [select], app_owner: [select]}
          revokes: {app_owner: [truncate]}
          columns:
            note: {grants: {reader: [update]}, grantable: {writer: [select]}}
        log_2024:
          columns:
            at: {grants: {reader: [SELECT]}}
      views:
        recent: {owner: app_owner, grants: {reader: [select]}}
      functions:
        total(integer): {owner: app_owner, revokes: {public: [execute]}}
        f(): {grants: {reader: [execute]}}
      sequences:
        counter: {owner: app_owner, grants: {reader: [usage]}}
      types:
        mood: {owner: app_owner, revokes: {public: [usage]}}
  default_privileges:
    - {for_role: app_owner, objects: functions, revokes: {public: [execute], app_owner: [execute]}}
    - for_role: app_owner
      in_schema: app
      objects: tables
      grants: {reader: [select]}
      grantable: {admin: [all]}
`
	s, err := Decode("m.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sec := func(kind model.SecurableKind, name, args string) model.Securable {
		return model.Securable{Kind: kind, Schema: "app", Name: name, Args: args}
	}
	app := model.Securable{Kind: model.SecurableSchema, Name: "app"}
	orders := sec(model.SecurableTable, "orders", "")
	want := &model.Privileges{
		Owners: []model.Owner{
			{Object: app, Role: "app_owner"},
			{Object: sec(model.SecurableSequence, "counter", ""), Role: "app_owner"},
			{Object: sec(model.SecurableType, "mood", ""), Role: "app_owner"},
			{Object: orders, Role: "app_owner"},
			{Object: sec(model.SecurableMaterializedView, "recent", ""), Role: "app_owner"},
			{Object: sec(model.SecurableAggregate, "total", "integer"), Role: "app_owner"},
		},
		Grants: []model.Grant{
			{Object: app, Grantee: "public", Privileges: []string{"USAGE"}},
			{Object: sec(model.SecurableSequence, "counter", ""), Grantee: "reader", Privileges: []string{"USAGE"}},
			{Object: sec(model.SecurableFunction, "f", ""), Grantee: "reader", Privileges: []string{"EXECUTE"}},
			{Object: sec(model.SecurableTable, "log_2024", ""), Column: "at", Grantee: "reader", Privileges: []string{"SELECT"}},
			{Object: orders, Grantee: "admin", Privileges: []string{"SELECT"}, Grantable: true},
			{Object: orders, Grantee: "app_owner", Privileges: []string{"SELECT"}, Grantable: true},
			{Object: orders, Grantee: "reader", Privileges: []string{"INSERT", "SELECT"}},
			{Object: orders, Grantee: "writer", Privileges: model.SecurableTable.PrivilegesOn(17)},
			{Object: orders, Column: "note", Grantee: "reader", Privileges: []string{"UPDATE"}},
			{Object: orders, Column: "note", Grantee: "writer", Privileges: []string{"SELECT"}, Grantable: true},
			{Object: sec(model.SecurableMaterializedView, "recent", ""), Grantee: "reader", Privileges: []string{"SELECT"}},
		},
		Revokes: []model.Revoke{
			{Object: sec(model.SecurableType, "mood", ""), Grantee: "public", Privileges: []string{"USAGE"}},
			{Object: orders, Grantee: "app_owner", Privileges: []string{"TRUNCATE"}},
			{Object: sec(model.SecurableAggregate, "total", "integer"), Grantee: "public", Privileges: []string{"EXECUTE"}},
		},
		DefaultGrants: []model.DefaultGrant{
			{Role: "app_owner", Schema: "app", On: model.DefaultTables, Grantee: "admin", Privileges: model.DefaultTables.PrivilegesOn(17), Grantable: true},
			{Role: "app_owner", Schema: "app", On: model.DefaultTables, Grantee: "reader", Privileges: []string{"SELECT"}},
		},
		DefaultRevokes: []model.DefaultRevoke{
			{Role: "app_owner", On: model.DefaultFunctions, Grantee: "app_owner", Privileges: []string{"EXECUTE"}},
			{Role: "app_owner", On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}},
		},
	}
	if d := cmp.Diff(want, s.Privileges); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}

	// Encoding and decoding again gives the same model, and the encoding
	// is canonical.
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Decode("again.yaml", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if d := cmp.Diff(s, again); d != "" {
		t.Errorf("decode(encode) differs (-first +second)\n%s\n%s", d, data)
	}
	if data2, _ := Encode(again); string(data2) != string(data) {
		t.Errorf("encoding is not stable:\n%s\n---\n%s", data, data2)
	}
}

func TestEncodePrivileges(t *testing.T) {
	s, err := Decode("m.yaml", []byte(privilegeObjectsYAML+`privileges:
  schemas:
    app:
      owner: o
      tables:
        orders:
          owner: o
          grants: {r: [select]}
          columns:
            note: {grants: {r: [update]}}
      functions:
        f(): {owner: o, revokes: {public: [execute]}}
  default_privileges:
    - {for_role: o, objects: tables, grants: {r: [all]}}
`))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `privileges:
  schemas:
    app:
      owner: o
      tables:
        orders:
          owner: o
          grants: {r: [select]}
          columns:
            note: {grants: {r: [update]}}
      functions:
        f(): {owner: o, revokes: {public: [execute]}}
  default_privileges:
    - for_role: o
      objects: tables
      grants: {r: [all]}
`
	if i := strings.Index(string(got), "privileges:\n"); i < 0 || string(got[i:]) != want {
		t.Errorf("got\n%s\nwant the privileges section\n%s", got, want)
	}

	// An empty privileges section is kept: privileges are managed.
	empty, err := Decode("m.yaml", []byte("privileges: {}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if empty.Privileges == nil {
		t.Fatal("privileges: {} decodes to nil Privileges")
	}
	if data, _ := Encode(empty); string(data) != "privileges: {}\n" {
		t.Errorf("empty privileges encode as %q", data)
	}
	none, err := Decode("m.yaml", []byte("schemas: {app: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if none.Privileges != nil {
		t.Errorf("a model without privileges: decodes to %+v, want nil", none.Privileges)
	}
}

// TestPrivilegesOn: relations have MAINTAIN from PostgreSQL 17 on; an
// unknown major (0) has what every major has.
func TestPrivilegesOn(t *testing.T) {
	seven := []string{"DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"}
	eight := []string{"DELETE", "INSERT", "MAINTAIN", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"}
	for _, tc := range []struct {
		major int
		want  []string
	}{{0, seven}, {13, seven}, {16, seven}, {17, eight}, {18, eight}} {
		for _, k := range []model.SecurableKind{model.SecurableTable, model.SecurableView, model.SecurableMaterializedView} {
			if d := cmp.Diff(tc.want, k.PrivilegesOn(tc.major)); d != "" {
				t.Errorf("%s on %d (-want +got)\n%s", k, tc.major, d)
			}
		}
		if d := cmp.Diff(tc.want, model.DefaultTables.PrivilegesOn(tc.major)); d != "" {
			t.Errorf("default tables on %d (-want +got)\n%s", tc.major, d)
		}
		if d := cmp.Diff([]string{"SELECT", "UPDATE", "USAGE"}, model.SecurableSequence.PrivilegesOn(tc.major)); d != "" {
			t.Errorf("sequence on %d (-want +got)\n%s", tc.major, d)
		}
		if got, want := model.PrivilegeOn(model.PrivMaintain, tc.major), tc.major >= 17; got != want {
			t.Errorf("PrivilegeOn(MAINTAIN, %d) = %v, want %v", tc.major, got, want)
		}
	}
	if d := cmp.Diff(seven, model.SecurableTable.Privileges()); d != "" {
		t.Errorf("Privileges() is not the set of every major (-want +got)\n%s", d)
	}
}

// TestPrivilegesAllAcrossMajors: all decodes to every privilege, MAINTAIN
// included; the encoder writes all for the full set of the schema's major
// (and for the set all decodes to), so a schema read on 15 and one read
// on 17 both write all, and one read on 17 without MAINTAIN does not.
func TestPrivilegesAllAcrossMajors(t *testing.T) {
	s, err := Decode("m.yaml", []byte(privilegeObjectsYAML+`privileges:
  schemas:
    app:
      tables:
        orders: {grants: {r: [all], w: [maintain]}, revokes: {o: [maintain]}}
      views:
        recent: {grants: {r: [MAINTAIN, select]}}
  default_privileges:
    - {for_role: o, objects: tables, grants: {r: [all], w: [maintain]}, revokes: {o: [maintain]}}
`))
	if err != nil {
		t.Fatal(err)
	}
	orders := model.Securable{Kind: model.SecurableTable, Schema: "app", Name: "orders"}
	eight := model.SecurableTable.PrivilegesOn(17)
	want := &model.Privileges{
		Grants: []model.Grant{
			{Object: orders, Grantee: "r", Privileges: eight},
			{Object: orders, Grantee: "w", Privileges: []string{"MAINTAIN"}},
			{Object: model.Securable{Kind: model.SecurableMaterializedView, Schema: "app", Name: "recent"}, Grantee: "r", Privileges: []string{"MAINTAIN", "SELECT"}},
		},
		Revokes: []model.Revoke{{Object: orders, Grantee: "o", Privileges: []string{"MAINTAIN"}}},
		DefaultGrants: []model.DefaultGrant{
			{Role: "o", On: model.DefaultTables, Grantee: "r", Privileges: eight},
			{Role: "o", On: model.DefaultTables, Grantee: "w", Privileges: []string{"MAINTAIN"}},
		},
		DefaultRevokes: []model.DefaultRevoke{{Role: "o", On: model.DefaultTables, Grantee: "o", Privileges: []string{"MAINTAIN"}}},
	}
	if d := cmp.Diff(want, s.Privileges); d != "" {
		t.Errorf("decoded (-want +got)\n%s", d)
	}

	seven := model.SecurableTable.PrivilegesOn(15)
	tests := []struct {
		name       string
		major      int
		privileges []string
		want       string
	}{
		{"7 read on 15", 15, seven, "[all]"},
		{"8 read on 17", 17, eight, "[all]"},
		{"7 read on 17", 17, seven, "[delete, insert, references, select, trigger, truncate, update]"},
		{"8 read on 18", 18, eight, "[all]"},
		{"7 not read from a server", 0, seven, "[all]"},
		{"8 not read from a server", 0, eight, "[all]"},
		{"maintain alone", 17, []string{"MAINTAIN"}, "[maintain]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Decode("m.yaml", []byte(privilegeObjectsYAML+"privileges: {}\n"))
			if err != nil {
				t.Fatal(err)
			}
			s.Major = tc.major
			s.Privileges = &model.Privileges{
				Grants:        []model.Grant{{Object: orders, Grantee: "r", Privileges: tc.privileges}},
				DefaultGrants: []model.DefaultGrant{{Role: "o", On: model.DefaultTables, Grantee: "r", Privileges: tc.privileges}},
			}
			data, err := Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range []string{"orders: {grants: {r: " + tc.want + "}}", "grants: {r: " + tc.want + "}\n"} {
				if !strings.Contains(string(data), line) {
					t.Errorf("no %q in\n%s", line, data)
				}
			}
			// What all decodes to is a plan's business: see diff.
			again, err := Decode("again.yaml", data)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			decoded := tc.privileges
			if tc.want == "[all]" {
				decoded = eight
			}
			if d := cmp.Diff(decoded, again.Privileges.Grants[0].Privileges); d != "" {
				t.Errorf("decoded again (-want +got)\n%s", d)
			}
		})
	}
}

func TestDecodePrivilegesErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown key", "privileges: {owners: {}}",
			`m.yaml:1:14: privileges: unknown key "owners"; expected one of schemas, default_privileges`},
		{"unknown schema key", "privileges: {schemas: {app: {table: {}}}}",
			`m.yaml:1:30: privileges.schemas.app: unknown key "table"; expected one of owner, grants, grantable, revokes, tables, views, sequences, functions, types`},
		{"columns of a sequence", privilegeObjectsYAML + "privileges: {schemas: {app: {sequences: {counter: {columns: {}}}}}}",
			`m.yaml:21:52: privileges.schemas.app.sequences.counter: unknown key "columns"; expected one of owner, grants, grantable, revokes`},
		{"bad privilege", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {orders: {grants: {r: [select, execute]}}}}}}",
			`m.yaml:21:69: privileges.schemas.app.tables.orders.grants.r[1]: bad privilege "execute"; expected one of delete, insert, maintain, references, select, trigger, truncate, update, all`},
		{"maintain on a sequence", privilegeObjectsYAML + "privileges: {schemas: {app: {sequences: {counter: {grants: {r: [maintain]}}}}}}",
			`m.yaml:21:65: privileges.schemas.app.sequences.counter.grants.r[0]: bad privilege "maintain"; expected one of select, update, usage, all`},
		{"owner's default maintain", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {orders: {owner: o, grants: {o: [maintain]}}}}}}",
			`m.yaml:21:67: privileges.schemas.app.tables.orders.grants.o: o holds maintain on table app.orders by default; leave it out (or list it under grantable)`},
		{"privilege twice", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {orders: {grants: {r: [select]}, grantable: {r: [select]}}}}}}",
			`m.yaml:21:87: privileges.schemas.app.tables.orders.grantable.r[0]: select is listed twice for r; list it once (under grantable for the grant option)`},
		{"grants as a list", "privileges: {schemas: {app: {grants: [usage]}}}",
			`m.yaml:1:38: privileges.schemas.app.grants: got a sequence; expected a mapping of roles (public for PUBLIC) to privileges, e.g. {reader: [select]}`},
		{"owner's default grant", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {orders: {owner: o, grants: {o: [select]}}}}}}",
			`m.yaml:21:67: privileges.schemas.app.tables.orders.grants.o: o holds select on table app.orders by default; leave it out (or list it under grantable)`},
		{"public's default grant", privilegeObjectsYAML + "privileges: {schemas: {app: {functions: {f(): {grants: {public: [execute]}}}}}}",
			`m.yaml:21:57: privileges.schemas.app.functions.f().grants.public: PUBLIC holds execute on function app.f() by default; leave it out (or list it under grantable)`},
		{"revoke from another role", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {orders: {owner: o, revokes: {r: [select]}}}}}}",
			`m.yaml:21:68: privileges.schemas.app.tables.orders.revokes.r: r is not the owner (o); revokes take away the default privileges, which only the owner and public hold`},
		{"revoke what public lacks", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {orders: {revokes: {public: [select]}}}}}}",
			`m.yaml:21:58: privileges.schemas.app.tables.orders.revokes.public: PUBLIC holds no select on table app.orders by default; expected one of nothing`},
		{"object not in the model", "privileges: {schemas: {app: {tables: {missing: {owner: o}}}}}",
			`m.yaml:1:39: privileges.schemas.app.tables.missing: table app.missing is not in the model; name an object the model defines`},
		{"view under tables", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {recent: {owner: o}}}}}",
			`m.yaml:21:39: privileges.schemas.app.tables.recent: table app.recent is not in the model; name an object the model defines`},
		{"column not in the table", privilegeObjectsYAML + "privileges: {schemas: {app: {tables: {orders: {columns: {nope: {grants: {r: [select]}}}}}}}}",
			`m.yaml:21:39: privileges.schemas.app.tables.orders.columns.nope: table app.orders has no column nope`},
		{"bad signature", "privileges: {schemas: {app: {functions: {f: {owner: o}}}}}",
			`m.yaml:1:42: privileges.schemas.app.functions.f: bad function signature "f"; expected name(identity arguments), e.g. "add(integer, integer)"`},
		{"default without role", "privileges: {default_privileges: [{objects: tables}]}",
			`m.yaml:1:35: privileges.default_privileges[0]: missing key "for_role"; expected e.g. {for_role: app, objects: tables, grants: {reader: [select]}}`},
		{"default on bad kind", "privileges: {default_privileges: [{for_role: a, objects: views}]}",
			`m.yaml:1:58: privileges.default_privileges[0].objects: bad value "views"; expected one of tables, sequences, functions, types, schemas`},
		{"default revoke in schema", "privileges: {default_privileges: [{for_role: a, in_schema: s, objects: functions, revokes: {public: [execute]}}]}",
			`m.yaml:1:83: privileges.default_privileges[0].revokes: default privileges in a schema can only add to those of the whole database; move revokes to an entry without in_schema`},
		{"default schemas in schema", "privileges: {default_privileges: [{for_role: a, in_schema: s, objects: schemas}]}",
			`m.yaml:1:49: privileges.default_privileges[0].in_schema: default privileges on schemas apply to the whole database; leave in_schema out`},
		{"default twice", "privileges: {default_privileges: [{for_role: a, objects: tables}, {for_role: a, objects: tables}]}",
			`m.yaml:1:67: privileges.default_privileges[1]: the default privileges for a on tables is defined twice; first at m.yaml:1:35`},
		{"default revoke from another role", "privileges: {default_privileges: [{for_role: a, objects: types, revokes: {b: [usage]}}]}",
			`m.yaml:1:75: privileges.default_privileges[0].revokes.b: b is not a; revokes take away the default privileges, which only the role itself and public hold`},
		{"default grant of the default", "privileges: {default_privileges: [{for_role: a, objects: types, grants: {public: [usage]}}]}",
			`m.yaml:1:74: privileges.default_privileges[0].grants.public: PUBLIC holds usage on new types by default; leave it out (or list it under grantable)`},
		{"default privileges as a mapping", "privileges: {default_privileges: {a: {}}}",
			`m.yaml:1:34: privileges.default_privileges: got a mapping; expected a sequence of {for_role, in_schema, objects, grants, grantable, revokes}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode("m.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatalf("no error; want %s", tc.want)
			}
			if d := cmp.Diff(tc.want, err.Error()); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestPrivilegesAcrossFiles: privileges in one file may name objects of
// another; the same object's privileges in two files is an error.
func TestPrivilegesAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", privilegeObjectsYAML)
	write("b.yaml", "privileges: {schemas: {app: {tables: {orders: {owner: o}}}}}\n")
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Privileges == nil || len(s.Privileges.Owners) != 1 || s.Privileges.Owners[0].Role != "o" {
		t.Errorf("privileges from b.yaml: %+v", s.Privileges)
	}
	write("c.yaml", "privileges: {schemas: {app: {tables: {orders: {owner: p}}}}}\n")
	_, err = Load(dir)
	want := filepath.Join(dir, "c.yaml") + ":1:39: privileges.schemas.app.tables.orders: the privileges of table app.orders is defined twice; first at " +
		filepath.Join(dir, "b.yaml") + ":1:39"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
