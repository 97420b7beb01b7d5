package yamlmodel

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestYAMLGolden decodes testdata/full.yaml (every key of the format),
// encodes it and compares with testdata/full.golden.yaml; the golden file
// must itself be stable under decode and encode.
func TestYAMLGolden(t *testing.T) {
	src, err := Load("testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Encode(src)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "full.golden.yaml")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("encode(decode(full.yaml)) (-golden +got):\n%s", d)
	}
	again, err := Decode(golden, want)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(src, again); d != "" {
		t.Errorf("decode(golden) differs from decode(full.yaml) (-full +golden):\n%s", d)
	}
	stable, err := Encode(again)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), string(stable)); d != "" {
		t.Errorf("encode(decode(golden)) (-golden +got):\n%s", d)
	}
}

func TestEncodeYAML(t *testing.T) {
	tests := []struct {
		name   string
		schema *model.Schema
		want   string
	}{
		{"empty", &model.Schema{}, "{}\n"},
		{"unmanaged", &model.Schema{
			Namespaces: []model.Namespace{{Name: "public"}},
			Unmanaged:  []model.Unmanaged{{Kind: "view", Name: "public.v"}, {Kind: "function", Name: "public.f(integer)"}},
		}, "# not managed yet, left out: function public.f(integer), view public.v\nschemas:\n  public: {}\n"},
		{"names needing quotes and mappings", &model.Schema{
			Namespaces: []model.Namespace{{Name: "My Schema"}},
			Extensions: []model.Extension{{Name: "x", Schema: "My Schema", Version: "1.10"}},
			Tables: []model.Table{{Schema: "My Schema", Name: "true", Columns: []model.Column{
				{Name: "a b", Type: "character varying(20)[]", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "en_US.utf8"}},
				{Name: "yes", Type: "integer", Default: "'a: b'::text"},
			}, Constraints: []model.Constraint{
				{Name: "fk", Kind: model.ForeignKey, Columns: []string{"yes"}, References: model.QualifiedName{Schema: "o.x", Name: "t"}, RefColumns: []string{"id"}},
			}}},
		}, `extensions:
  x: {schema: My Schema, version: "1.10"}
schemas:
  My Schema:
    tables:
      "true":
        columns:
          a b: {type: 'character varying(20)[]', collation: {schema: pg_catalog, name: en_US.utf8}}
          yes: {type: integer, default: "'a: b'::text"}
        constraints:
          fk: {foreign_key: [yes], references: {schema: o.x, name: t}, columns: [id]}
`},
		{"new object kinds", &model.Schema{
			Namespaces: []model.Namespace{{Name: "app"}},
			Domains: []model.Domain{
				{Schema: "app", Name: "d", Type: "integer", Checks: []model.DomainCheck{
					{Name: "z", Expression: "CHECK (VALUE > 0)"}, {Name: "a", Expression: "CHECK (VALUE < 9)", NotValid: true}}},
				{Schema: "app", Name: "e", Type: "text", NotNull: true},
			},
			Composites: []model.CompositeType{{Schema: "app", Name: "pair", Attributes: []model.Attribute{{Name: "b", Type: "text"}, {Name: "a", Type: "integer", Comment: "x"}}}},
			Functions: []model.Function{
				{Schema: "app", Name: "f", IdentityArguments: "integer", Arguments: "n integer", Result: "SETOF app.t",
					Definition: "CREATE OR REPLACE FUNCTION app.f(n integer)\n RETURNS SETOF app.t\n LANGUAGE sql\nAS $function$select 1$function$\n"},
				{Schema: "app", Name: "p", Kind: model.Procedure, Definition: "CREATE OR REPLACE PROCEDURE app.p()\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\nEND"},
				{Schema: "app", Name: "q", Definition: "CREATE PROCEDURE app.q() AS 'x'"},
				{Schema: "app", Name: "tab", Definition: "\tCREATE FUNCTION app.tab()\nx"},
			},
			Tables: []model.Table{{Schema: "app", Name: "t", Triggers: []model.Trigger{
				{Name: "g", Definition: "CREATE TRIGGER g AFTER INSERT ON app.t FOR EACH ROW WHEN (new.s <> 'a\nb') EXECUTE FUNCTION app.f()", Enabled: model.TriggerAlways},
			}}},
			Views: []model.View{{Schema: "app", Name: "v", Definition: " SELECT 1 AS one,\n    2 AS two;",
				Columns: []model.ViewColumn{{Name: "one", Comment: "first"}}}},
		}, `schemas:
  app:
    domains:
      d:
        type: integer
        checks:
          a: {check: CHECK (VALUE < 9), not_valid: true}
          z: CHECK (VALUE > 0)
      e: {type: text, not_null: true}
    composites:
      pair:
        attributes:
          b: text
          a: {type: integer, comment: x}
    functions:
      f(integer):
        arguments: n integer
        result: SETOF app.t
        definition: |
          CREATE OR REPLACE FUNCTION app.f(n integer)
           RETURNS SETOF app.t
           LANGUAGE sql
          AS $function$select 1$function$
      p():
        definition: |-
          CREATE OR REPLACE PROCEDURE app.p()
           LANGUAGE sql
          BEGIN ATOMIC
           SELECT 1;
          END
      q():
        kind: function
        definition: CREATE PROCEDURE app.q() AS 'x'
      tab():
        definition: "\tCREATE FUNCTION app.tab()\nx"
    tables:
      t:
        triggers:
          g: {definition: "CREATE TRIGGER g AFTER INSERT ON app.t FOR EACH ROW WHEN (new.s <> 'a\nb') EXECUTE FUNCTION app.f()", enabled: always}
    views:
      v:
        definition: |2-
           SELECT 1 AS one,
              2 AS two;
        columns:
          one: {comment: first}
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.schema); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, buf.String()); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
			back, err := Decode("enc.yaml", buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			want := *tt.schema
			want.Unmanaged = nil
			want.Sort()
			for i := range want.Domains {
				d := &want.Domains[i]
				sort.Slice(d.Checks, func(a, b int) bool { return d.Checks[a].Name < d.Checks[b].Name })
			}
			if d := cmp.Diff(&want, back); d != "" {
				t.Errorf("decode(encode(s)) (-want +got)\n%s", d)
			}
		})
	}
}
