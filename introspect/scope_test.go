package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// TestScope checks Schemas, ExcludeSchemas and ExcludeTables, and that
// database-wide objects are listed only when every schema is in scope.
func TestScope(t *testing.T) {
	url := load(t, `
		CREATE SCHEMA a;
		CREATE SCHEMA b;
		CREATE TABLE a.t (id int);
		CREATE TABLE b.t (id int);
		CREATE TABLE b.skip (id int);
		CREATE TABLE public.retort_version (version_num text PRIMARY KEY);
		CREATE TABLE public.retort_version_history (id serial PRIMARY KEY);
		CREATE VIEW a.v AS SELECT 1 AS one;
		CREATE VIEW b.v AS SELECT id FROM a.t;
		CREATE TYPE b.e AS ENUM ('x');
		CREATE SEQUENCE a.s;
		CREATE PUBLICATION pub;`)
	tableNames := func(s *model.Schema) []string {
		var out []string
		for _, t := range s.Tables {
			out = append(out, t.QualifiedName().String())
		}
		return out
	}
	namespaceNames := func(s *model.Schema) []string {
		var out []string
		for _, n := range s.Namespaces {
			out = append(out, n.Name)
		}
		return out
	}
	views := func(s *model.Schema) (names []string, depends []model.Ref) {
		for _, v := range s.Views {
			names = append(names, v.QualifiedName().String())
			depends = append(depends, v.Depends...)
		}
		return names, depends
	}
	type result struct {
		Namespaces, Tables, Views []string
		ViewDepends               []model.Ref // outside the scope, a.t is no dependency of b.v
		Enums, Sequences          int
		Unmanaged                 []model.Unmanaged
	}
	tests := []struct {
		name string
		opts Options
		want result
	}{
		{
			name: "everything but retort's own tables",
			want: result{
				Namespaces: []string{"a", "b", "public"},
				Tables:     []string{"a.t", "b.skip", "b.t"},
				Views:      []string{"a.v", "b.v"}, ViewDepends: []model.Ref{relRef("a", "t")},
				Enums: 1, Sequences: 1,
				Unmanaged: []model.Unmanaged{{Kind: "publication", Name: "pub"}},
			},
		},
		{
			name: "one schema",
			opts: Options{Schemas: []string{"a"}},
			want: result{
				Namespaces: []string{"a"}, Tables: []string{"a.t"}, Views: []string{"a.v"}, Sequences: 1,
			},
		},
		{
			name: "excluded schema wins over listed one",
			opts: Options{Schemas: []string{"a", "b"}, ExcludeSchemas: []string{"a"}},
			want: result{
				Namespaces: []string{"b"}, Tables: []string{"b.skip", "b.t"}, Views: []string{"b.v"}, Enums: 1,
			},
		},
		{
			name: "excluded tables replace the default",
			opts: Options{ExcludeSchemas: []string{"a"}, ExcludeTables: []string{"skip", "v"}},
			want: result{
				Namespaces: []string{"b", "public"},
				Tables:     []string{"b.t", "public.retort_version", "public.retort_version_history"},
				Enums:      1, Sequences: 1, // retort_version_history_id_seq
				Unmanaged: []model.Unmanaged{{Kind: "publication", Name: "pub"}},
			},
		},
		{
			name: "empty exclusion list excludes nothing",
			opts: Options{Schemas: []string{"public"}, ExcludeTables: []string{}},
			want: result{
				Namespaces: []string{"public"},
				Tables:     []string{"public.retort_version", "public.retort_version_history"},
				Sequences:  1,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := read(t, url, tt.opts)
			got := result{
				Namespaces: namespaceNames(s), Tables: tableNames(s),
				Enums: len(s.Enums), Sequences: len(s.Sequences), Unmanaged: s.Unmanaged,
			}
			got.Views, got.ViewDepends = views(s)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
