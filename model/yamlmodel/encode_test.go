package yamlmodel

import (
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// unsortedSchema has every list Schema.Sort orders out of order: objects,
// and inside tables, views, text search configurations and privileges.
func unsortedSchema() *model.Schema {
	return &model.Schema{
		Namespaces: []model.Namespace{{Name: "b"}, {Name: "a"}},
		Enums:      []model.Enum{{Schema: "a", Name: "y", Labels: []string{"z", "x"}}, {Schema: "a", Name: "x"}},
		Tables: []model.Table{
			{Schema: "a", Name: "u"},
			{Schema: "a", Name: "t",
				Columns:     []model.Column{{Name: "z", Type: "integer"}, {Name: "a", Type: "integer"}},
				Constraints: []model.Constraint{{Name: "z_check", Kind: model.Check, Expression: "z > 0"}, {Name: "a_check", Kind: model.Check, Expression: "a > 0"}},
				Indexes: []model.Index{{Name: "t_z", Method: "btree", Keys: []model.IndexKey{{Column: "z"}}},
					{Name: "t_a", Method: "btree", Keys: []model.IndexKey{{Column: "a"}}}},
				Triggers: []model.Trigger{{Name: "z", Definition: "CREATE TRIGGER z"}, {Name: "b", Definition: "CREATE TRIGGER b"}},
				Policies: []model.Policy{{Name: "y", Command: "ALL", Roles: []string{"public"}}, {Name: "c", Command: "ALL", Roles: []string{"public"}}},
				Rules:    []model.Rule{{Name: "x", Definition: "CREATE RULE x"}, {Name: "d", Definition: "CREATE RULE d"}},
			},
		},
		Views: []model.View{{Schema: "a", Name: "v", Definition: " SELECT 1;",
			Triggers: []model.Trigger{{Name: "w", Definition: "CREATE TRIGGER w"}, {Name: "e", Definition: "CREATE TRIGGER e"}},
			Rules:    []model.Rule{{Name: "v", Definition: "CREATE RULE v"}, {Name: "f", Definition: "CREATE RULE f"}},
		}},
		TextSearchConfigs: []model.TextSearchConfig{{Schema: "a", Name: "c", Parser: DefaultTextSearchParser,
			Mappings: []model.TextSearchMapping{{TokenType: "word", Dictionaries: []string{"simple"}},
				{TokenType: "asciiword", Dictionaries: []string{"simple"}}}}},
		Privileges: &model.Privileges{
			Grants: []model.Grant{
				{Object: model.Securable{Kind: model.SecurableTable, Schema: "a", Name: "u"}, Grantee: "r", Privileges: []string{"SELECT"}},
				{Object: model.Securable{Kind: model.SecurableTable, Schema: "a", Name: "t"}, Grantee: "r", Privileges: []string{"UPDATE", "SELECT"}},
			},
		},
		Unmanaged: []model.Unmanaged{{Kind: "type", Name: "a.z"}, {Kind: "type", Name: "a.b"}},
	}
}

// TestSortedCopyLeavesSchemaAlone requires the copy the encoder sorts to
// share no list with the caller's schema, a table's rules included, and
// to be in canonical order.
func TestSortedCopyLeavesSchemaAlone(t *testing.T) {
	s := unsortedSchema()
	got := sortedCopy(s)
	if d := cmp.Diff(unsortedSchema(), s); d != "" {
		t.Errorf("sortedCopy reordered the caller's schema (-before +after)\n%s", d)
	}
	want := unsortedSchema().Portable()
	want.Sort()
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sortedCopy (-want +got)\n%s", d)
	}
}

// TestEncodeLeavesSchemaAlone requires Encode and Write to leave the
// order of every list of the schema they write as it was.
func TestEncodeLeavesSchemaAlone(t *testing.T) {
	s := unsortedSchema()
	if _, err := Encode(s); err != nil {
		t.Fatal(err)
	}
	if err := Write(io.Discard, s); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(unsortedSchema(), s); d != "" {
		t.Errorf("encoding reordered the caller's schema (-before +after)\n%s", d)
	}
}
