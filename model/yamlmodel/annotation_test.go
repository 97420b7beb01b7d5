package yamlmodel

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// annotatedYAML declares a rename on every kind of object that can carry
// one, and a label renamed and one removed with a mapping.
const annotatedYAML = `schemas:
  shop:
    renamed_from: store
    enums:
      fruit:
        labels: [apple, {name: blueberry, renamed_from: banana}]
        removed_labels: {cherry: apple}
        renamed_from: produce
    domains:
      price: {type: numeric, renamed_from: amount}
    composites:
      pair:
        attributes: {a: integer}
        renamed_from: couple
    tables:
      people:
        columns:
          id: integer
          full_name: {type: text, renamed_from: fullname}
          joined: {type: timestamp with time zone, using: "to_timestamp(joined)"}
        constraints:
          people_pkey: {primary_key: [id], renamed_from: users_pkey}
        indexes:
          people_name_idx: {keys: [full_name], renamed_from: users_name_idx}
        renamed_from: users
    views:
      names:
        definition: SELECT 1
        renamed_from: users_names
`

func annotatedSchema() *model.Schema {
	return &model.Schema{
		Namespaces: []model.Namespace{{Name: "shop", RenamedFrom: "store"}},
		Enums: []model.Enum{{Schema: "shop", Name: "fruit", Labels: []string{"apple", "blueberry"}, RenamedFrom: "produce",
			LabelRenames:  []model.LabelRename{{Label: "blueberry", From: "banana"}},
			RemovedLabels: []model.RemovedLabel{{Label: "cherry", To: "apple"}}}},
		Domains:    []model.Domain{{Schema: "shop", Name: "price", Type: "numeric", RenamedFrom: "amount"}},
		Composites: []model.CompositeType{{Schema: "shop", Name: "pair", Attributes: []model.Attribute{{Name: "a", Type: "integer"}}, RenamedFrom: "couple"}},
		Tables: []model.Table{{Schema: "shop", Name: "people", RenamedFrom: "users",
			Columns: []model.Column{{Name: "id", Type: "integer"}, {Name: "full_name", Type: "text", RenamedFrom: "fullname"},
				{Name: "joined", Type: "timestamp with time zone", Using: "to_timestamp(joined)"}},
			Constraints: []model.Constraint{{Name: "people_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}, RenamedFrom: "users_pkey"}},
			Indexes: []model.Index{{Name: "people_name_idx", Method: "btree", Keys: []model.IndexKey{{Column: "full_name"}},
				RenamedFrom: "users_name_idx"}},
		}},
		Views: []model.View{{Schema: "shop", Name: "names", Definition: "SELECT 1", RenamedFrom: "users_names"}},
	}
}

func TestDecodeYAMLAnnotations(t *testing.T) {
	got, err := Decode("m.yaml", []byte(annotatedYAML))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(annotatedSchema(), got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	if !got.Annotated() {
		t.Error("Annotated() = false")
	}
	got.StripAnnotations()
	if got.Annotated() {
		t.Error("Annotated() = true after StripAnnotations")
	}
}

func TestEncodeYAMLAnnotations(t *testing.T) {
	data, err := Encode(annotatedSchema())
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode("m.yaml", data)
	if err != nil {
		t.Fatalf("decode what was encoded: %v\n%s", err, data)
	}
	if d := cmp.Diff(annotatedSchema(), back); d != "" {
		t.Errorf("round trip (-want +got)\n%s\n%s", d, data)
	}
}

func TestDecodeYAMLAnnotationErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"table renamed_from a sequence", "schemas:\n  s:\n    tables:\n      t:\n        renamed_from: [a, b]\n",
			`m.yaml:5:23: schemas.s.tables.t.renamed_from: got a sequence; expected the object's previous name, e.g. renamed_from: old_name`},
		{"column renamed_from a mapping", "schemas: {s: {tables: {t: {columns: {c: {type: int, renamed_from: {a: b}}}}}}}",
			`m.yaml:1:67: schemas.s.tables.t.columns.c.renamed_from: got a mapping; expected the object's previous name, e.g. renamed_from: old_name`},
		{"using a sequence", "schemas: {s: {tables: {t: {columns: {c: {type: int, using: [a]}}}}}}",
			`m.yaml:1:60: schemas.s.tables.t.columns.c.using: got a sequence; expected the SQL expression that converts the column's old values, e.g. using: to_timestamp(created)`},
		{"using empty", "schemas: {s: {tables: {t: {columns: {c: {type: int, using: ''}}}}}}",
			`m.yaml:1:60: schemas.s.tables.t.columns.c.using: got a string; expected the SQL expression that converts the column's old values, e.g. using: to_timestamp(created)`},
		{"schema renamed_from null", "schemas: {s: {renamed_from: }}",
			`m.yaml:1:29: schemas.s.renamed_from: got null; expected the object's previous name, e.g. renamed_from: old_name`},
		{"label without name", "schemas: {s: {enums: {e: [a, {renamed_from: b}]}}}",
			`m.yaml:1:30: schemas.s.enums.e[1]: missing key "name"; expected the label, e.g. {name: blueberry, renamed_from: banana}`},
		{"label unknown key", "schemas: {s: {enums: {e: [{name: a, from: b}]}}}",
			`m.yaml:1:37: schemas.s.enums.e[0]: unknown key "from"; expected one of name, renamed_from`},
		{"removed_labels a sequence", "schemas: {s: {enums: {e: {labels: [a], removed_labels: [b]}}}}",
			`m.yaml:1:56: schemas.s.enums.e.removed_labels: got a sequence; expected a mapping of removed labels to the label their rows take, e.g. {banana: apple}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkYAMLError(t, tt.yaml, tt.want) })
	}
}

// TestEncodeYAMLUsing checks where a column's using is written: last in
// the column's mapping, which it takes out of the short form.
func TestEncodeYAMLUsing(t *testing.T) {
	s := &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}, Tables: []model.Table{{Schema: "public", Name: "t",
		Columns: []model.Column{{Name: "at", Type: "timestamp with time zone", NotNull: true, Using: "to_timestamp(at)"}}}}}
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	want := "at: {type: timestamp with time zone, not_null: true, using: to_timestamp(at)}"
	if !strings.Contains(string(data), want) {
		t.Errorf("encoded YAML lacks %q:\n%s", want, data)
	}
	only := &model.Schema{Tables: []model.Table{{Columns: []model.Column{{Name: "at", Using: "x"}}}}}
	if !only.Annotated() {
		t.Error("a schema whose only annotation is a using: Annotated() = false")
	}
	into := &model.Schema{Tables: []model.Table{{Columns: []model.Column{{Name: "at"}}}}}
	into.CopyAnnotations(only)
	if into.Tables[0].Columns[0].Using != "x" {
		t.Error("CopyAnnotations left out the using")
	}
}
