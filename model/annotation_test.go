package model

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClone(t *testing.T) {
	s := privilegedSchema()
	a := annotatedSchema()
	s.Enums = append(s.Enums, a.Enums...)
	s.Tables = append(s.Tables, a.Tables...)
	c := s.Clone()
	if d := cmp.Diff(s, c); d != "" {
		t.Fatalf("clone differs (-original +clone)\n%s", d)
	}
	// Nothing is shared: changing the clone leaves the original alone.
	c.StripAnnotations()
	c.Tables[0].Columns[0].Name = "changed"
	c.Privileges.Owners[0].Role = "changed"
	if d := cmp.Diff(s, c); d == "" {
		t.Fatal("changes to the clone do not show")
	}
	if !s.Annotated() || s.Tables[0].Columns[0].Name == "changed" || s.Privileges.Owners[0].Role == "changed" {
		t.Error("changing the clone changed the original")
	}
}

func TestCopyAnnotations(t *testing.T) {
	read := annotatedSchema()
	read.StripAnnotations()
	read.Tables[0].Columns = append(read.Tables[0].Columns, Column{Name: "extra", Type: "text"})
	read.CopyAnnotations(annotatedSchema())
	want := annotatedSchema()
	want.Tables[0].Columns = append(want.Tables[0].Columns, Column{Name: "extra", Type: "text"})
	if d := cmp.Diff(want, read); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

// annotatedSchema carries an annotation on every kind of object that can
// carry one.
func annotatedSchema() *Schema {
	return &Schema{
		Namespaces: []Namespace{{Name: "shop", RenamedFrom: "store"}},
		Enums: []Enum{{Schema: "shop", Name: "fruit", Labels: []string{"apple", "blueberry"}, RenamedFrom: "produce",
			LabelRenames:  []LabelRename{{Label: "blueberry", From: "banana"}},
			RemovedLabels: []RemovedLabel{{Label: "cherry", To: "apple"}}}},
		Domains:    []Domain{{Schema: "shop", Name: "price", Type: "numeric", RenamedFrom: "amount"}},
		Composites: []CompositeType{{Schema: "shop", Name: "pair", Attributes: []Attribute{{Name: "a", Type: "integer"}}, RenamedFrom: "couple"}},
		Tables: []Table{{Schema: "shop", Name: "people", RenamedFrom: "users",
			Columns: []Column{{Name: "id", Type: "integer"}, {Name: "full_name", Type: "text", RenamedFrom: "fullname"},
				{Name: "joined", Type: "timestamp with time zone", Using: "to_timestamp(joined)"}},
			Constraints: []Constraint{{Name: "people_pkey", Kind: PrimaryKey, Columns: []string{"id"}, RenamedFrom: "users_pkey"}},
			Indexes: []Index{{Name: "people_name_idx", Method: "btree", Keys: []IndexKey{{Column: "full_name"}},
				RenamedFrom: "users_name_idx"}},
		}},
		Views: []View{{Schema: "shop", Name: "names", Definition: "SELECT 1", RenamedFrom: "users_names"}},
	}
}

// privilegedSchema holds objects of several kinds (a sequence, functions, a
// partitioned table, a materialized view) with owners, grants (one on a
// column), revokes and default privileges.
func privilegedSchema() *Schema {
	log := QualifiedName{Schema: "app", Name: "log"}
	orders := Securable{Kind: SecurableTable, Schema: "app", Name: "orders"}
	return &Schema{
		Namespaces: []Namespace{{Name: "app"}},
		Sequences:  []Sequence{{Schema: "app", Name: "counter", Type: "bigint"}},
		Functions: []Function{{Schema: "app", Name: "f", Kind: PlainFunction,
			Definition: "CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"}},
		Tables: []Table{
			{Schema: "app", Name: "orders", Columns: []Column{{Name: "id", Type: "integer"}, {Name: "note", Type: "text"}}},
			{Schema: "app", Name: "log", PartitionKey: "RANGE (at)", Columns: []Column{{Name: "at", Type: "date"}}},
			{Schema: "app", Name: "log_2024", PartitionOf: &log, PartitionBound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
				Columns: []Column{{Name: "at", Type: "date"}}},
		},
		Views: []View{{Schema: "app", Name: "recent", Materialized: true, Definition: " SELECT 1 AS x;",
			Columns: []ViewColumn{{Name: "x"}}}},
		Privileges: &Privileges{
			Owners: []Owner{{Object: Securable{Kind: SecurableSchema, Name: "app"}, Role: "app_owner"}, {Object: orders, Role: "app_owner"}},
			Grants: []Grant{{Object: orders, Grantee: "reader", Privileges: []string{"INSERT", "SELECT"}},
				{Object: orders, Column: "note", Grantee: "reader", Privileges: []string{"UPDATE"}}},
			Revokes:        []Revoke{{Object: orders, Grantee: "app_owner", Privileges: []string{"TRUNCATE"}}},
			DefaultGrants:  []DefaultGrant{{Role: "app_owner", Schema: "app", On: DefaultTables, Grantee: "reader", Privileges: []string{"SELECT"}}},
			DefaultRevokes: []DefaultRevoke{{Role: "app_owner", On: DefaultTables, Grantee: "public", Privileges: []string{"SELECT"}}},
		},
	}
}
