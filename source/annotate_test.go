package source

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// annotatedSQL annotates every kind of object a SQL model can rename.
const annotatedSQL = `-- retort:renamed-from store
CREATE SCHEMA shop;
SET search_path = "$user", shop, public;

-- a comment of the user's own
-- retort:renamed-from produce
-- retort:enum-label-renamed blueberry from banana
-- retort:enum-label-removed 'old cherry' to apple
CREATE TYPE fruit AS ENUM ('apple', 'blueberry');

/* retort:renamed-from ignored: block comments are not annotations */
-- retort:renamed-from amount
CREATE DOMAIN price AS numeric;
-- retort:renamed-from couple
CREATE TYPE pair AS (a integer);

-- retort:renamed-from users
CREATE TABLE people (
    id integer,
    -- retort:renamed-from fullname
    full_name text,
    -- retort:using   to_timestamp(joined) AT TIME ZONE 'UTC' 
    joined timestamp,
    -- retort:renamed-from "Users_pkey"
    CONSTRAINT people_pkey PRIMARY KEY (id)
);
-- retort:renamed-from users_name_idx
CREATE INDEX people_name_idx ON people (full_name);
-- retort:renamed-from name_check
ALTER TABLE public.other ADD CONSTRAINT name_check CHECK (true);
-- retort:renamed-from users_names
CREATE VIEW names AS SELECT full_name FROM people;
-- retort:renamed-from totals_old
CREATE MATERIALIZED VIEW totals AS SELECT count(*) FROM people;
`

func annotatedModel(ann bool) *model.Schema {
	s := &model.Schema{
		Namespaces: []model.Namespace{{Name: "public"}, {Name: "shop"}},
		Enums:      []model.Enum{{Schema: "shop", Name: "fruit", Labels: []string{"apple", "blueberry"}}},
		Domains:    []model.Domain{{Schema: "shop", Name: "price", Type: "numeric"}},
		Composites: []model.CompositeType{{Schema: "shop", Name: "pair"}},
		Tables: []model.Table{
			{Schema: "public", Name: "other", Constraints: []model.Constraint{{Name: "name_check", Kind: model.Check}}},
			{Schema: "shop", Name: "people", Columns: []model.Column{{Name: "id"}, {Name: "full_name"}, {Name: "joined"}},
				Constraints: []model.Constraint{{Name: "people_pkey", Kind: model.PrimaryKey}},
				Indexes:     []model.Index{{Name: "people_name_idx"}}},
		},
		Views: []model.View{{Schema: "shop", Name: "names"}, {Schema: "shop", Name: "totals", Materialized: true}},
	}
	if ann {
		s.Namespaces[1].RenamedFrom = "store"
		s.Enums[0].RenamedFrom = "produce"
		s.Enums[0].LabelRenames = []model.LabelRename{{Label: "blueberry", From: "banana"}}
		s.Enums[0].RemovedLabels = []model.RemovedLabel{{Label: "old cherry", To: "apple"}}
		s.Domains[0].RenamedFrom = "amount"
		s.Composites[0].RenamedFrom = "couple"
		s.Tables[0].Constraints[0].RenamedFrom = "name_check"
		t := &s.Tables[1]
		t.RenamedFrom = "users"
		t.Columns[1].RenamedFrom = "fullname"
		t.Columns[2].Using = "to_timestamp(joined) AT TIME ZONE 'UTC'"
		t.Constraints[0].RenamedFrom = "Users_pkey"
		t.Indexes[0].RenamedFrom = "users_name_idx"
		s.Views[0].RenamedFrom = "users_names"
		s.Views[1].RenamedFrom = "totals_old"
	}
	return s
}

func TestAnnotate(t *testing.T) {
	s := annotatedModel(false)
	if err := Annotate(s, "model.sql", annotatedSQL); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(annotatedModel(true), s); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestAnnotateErrors(t *testing.T) {
	tests := []struct{ name, sql, want string }{
		{"unknown verb", "-- retort:rename-from a\nCREATE TABLE t ();",
			"m.sql:1: unknown annotation retort:rename-from; expected retort:renamed-from, retort:using, retort:enum-label-renamed or retort:enum-label-removed"},
		{"using without expression", "CREATE TABLE t (\n  -- retort:using\n  a int\n);",
			"m.sql:2: retort:using takes the conversion's expression; expected e.g. -- retort:using to_timestamp(created)"},
		{"using with a comment", "CREATE TABLE t (\n  -- retort:using a::bigint -- why\n  a int\n);",
			"m.sql:2: retort:using takes the rest of the line as the expression, which here holds --; put a note on a line of its own"},
		{"using above a table", "-- retort:using a::bigint\nCREATE TABLE t (a int);",
			"m.sql:1: retort:using gives a column's conversion, but it annotates table public.t; put it on the line above the column in CREATE TABLE"},
		{"using above a constraint", "CREATE TABLE t (\n  a int,\n  -- retort:using a::bigint\n  CONSTRAINT k CHECK (a > 0)\n);",
			"m.sql:3: retort:using gives a column's conversion, but it annotates constraint k of public.t; put it on the line above the column in CREATE TABLE"},
		{"using below the column", "CREATE TABLE t (\n  a int\n  -- retort:using a::bigint\n);",
			"m.sql:3: retort:using is not directly above a column or constraint line of CREATE TABLE public.t"},
		{"using after the column", "CREATE TABLE t (\n  a int, -- retort:using a::bigint\n  c int\n);",
			"m.sql:2: retort:using must be on a line of its own, directly above what it annotates"},
		{"using of a column the model lacks", "CREATE TABLE t (\n  -- retort:using b::bigint\n  b int\n);",
			"m.sql:2: retort:using annotates column public.t.b, which the model read back from the script does not have"},
		{"no name", "-- retort:renamed-from\nCREATE TABLE t ();",
			"m.sql:1: retort:renamed-from takes one name; expected e.g. -- retort:renamed-from old_name"},
		{"bad label form", "-- retort:enum-label-renamed a b\nCREATE TYPE e AS ENUM ('a');",
			"m.sql:1: expected -- retort:enum-label-renamed <label> from <label>"},
		{"label above a table", "-- retort:enum-label-removed a to b\nCREATE TABLE t ();",
			"m.sql:1: retort:enum-label-removed is not above a CREATE TYPE ... AS ENUM; it annotates table public.t"},
		{"nothing below", "CREATE TABLE t ();\n-- retort:renamed-from a\n",
			"m.sql:2: retort:renamed-from annotates nothing; expected it directly above a CREATE statement"},
		{"not a line of its own", "CREATE TABLE t (\n  a int, -- retort:renamed-from b\n  c int\n);",
			"m.sql:2: retort:renamed-from must be on a line of its own, directly above what it annotates"},
		{"function", "-- retort:renamed-from g\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';",
			"m.sql:1: retort:renamed-from annotates a statement that creates nothing it can rename; expected it above CREATE SCHEMA, TABLE, INDEX, VIEW, MATERIALIZED VIEW, TYPE or DOMAIN, or ALTER TABLE ... ADD CONSTRAINT"},
		{"unnamed constraint", "CREATE TABLE t (\n  a int,\n  -- retort:renamed-from k\n  PRIMARY KEY (a)\n);",
			"m.sql:3: retort:renamed-from annotates a constraint without a name; name it (CONSTRAINT name ...)"},
		{"missing object", "-- retort:renamed-from a\nCREATE TABLE nowhere ();",
			"m.sql:1: retort:renamed-from annotates table public.nowhere, which the model read back from the script does not have"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &model.Schema{Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{{Name: "a"}, {Name: "c"}}}}}
			err := Annotate(s, "m.sql", tt.sql)
			if err == nil {
				t.Fatal("no error")
			}
			if d := cmp.Diff(tt.want, err.Error()); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestLoadKeepsAnnotations checks that the annotations of a SQL model (its
// comments) and of a YAML model survive the scratch database they are
// read back from.
func TestLoadKeepsAnnotations(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"model.sql":  "-- retort:renamed-from users\nCREATE TABLE people (\n  -- retort:using id::integer\n  id int,\n  -- retort:renamed-from fullname\n  full_name text\n);\n",
		"model.yaml": "schemas:\n  public:\n    tables:\n      people:\n        renamed_from: users\n        columns:\n          id: {type: int, using: id::integer}\n          full_name: {type: text, renamed_from: fullname}\n",
	}
	l := NewLoader(Options{DevURL: pgtest.ServerURL(t)})
	defer l.Close()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := l.Load(context.Background(), path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tbl := s.Table(model.QualifiedName{Schema: "public", Name: "people"})
		if tbl == nil || tbl.RenamedFrom != "users" || tbl.Column("full_name").RenamedFrom != "fullname" || tbl.Column("id").Using != "id::integer" {
			t.Errorf("%s: annotations lost: %+v", name, tbl)
		}
	}
}
