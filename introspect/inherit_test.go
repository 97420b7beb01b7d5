package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// TestInheritance checks how plain inheritance children are read: their
// parents in order, only their local (and merged) columns and checks, and
// the settings they give inherited columns where those differ from what
// their parents give them.
func TestInheritance(t *testing.T) {
	url := load(t, `
		CREATE TABLE base (
			id int NOT NULL DEFAULT 0,
			note text,
			n int,
			CONSTRAINT id_positive CHECK (id >= 0),
			CONSTRAINT own CHECK (n > 0) NO INHERIT
		);
		ALTER TABLE base ALTER note SET STORAGE main;
		CREATE TABLE extra (tag text DEFAULT 'x', n int);
		-- plain child: nothing of its own but one column
		CREATE TABLE plain (body text) INHERITS (base);
		-- merged column and merged check, two parents in order
		CREATE TABLE two (n int NOT NULL, CONSTRAINT id_positive CHECK (id >= 0), CONSTRAINT mine CHECK (n < 10))
			INHERITS (extra, base);
		-- child settings on inherited columns
		CREATE TABLE tuned () INHERITS (base);
		ALTER TABLE tuned ALTER id DROP NOT NULL;
		ALTER TABLE tuned ALTER id SET DEFAULT 7;
		ALTER TABLE tuned ALTER n SET NOT NULL;
		ALTER TABLE tuned ALTER n SET STATISTICS 300;
		ALTER TABLE tuned ALTER note SET STORAGE extended;
		COMMENT ON COLUMN tuned.note IS 'inherited note';
		-- a column the parent gets later reaches the child too
		ALTER TABLE base ADD COLUMN later int;`)
	s := read(t, url, Options{})
	base, extra := model.QualifiedName{Schema: "public", Name: "base"}, model.QualifiedName{Schema: "public", Name: "extra"}
	want := []model.Table{
		{
			Schema: "public", Name: "base",
			Columns: []model.Column{
				{Name: "id", Type: "integer", NotNull: true, Default: "0"},
				{Name: "note", Type: "text", Storage: model.StorageMain},
				{Name: "n", Type: "integer"},
				{Name: "later", Type: "integer"},
			},
			Constraints: []model.Constraint{
				{Name: "id_positive", Kind: model.Check, Columns: []string{"id"}, Expression: "(id >= 0)"},
				{Name: "own", Kind: model.Check, Columns: []string{"n"}, Expression: "(n > 0)", NoInherit: true},
			},
		},
		{
			Schema: "public", Name: "extra",
			Columns: []model.Column{{Name: "tag", Type: "text", Default: "'x'::text"}, {Name: "n", Type: "integer"}},
		},
		{
			Schema: "public", Name: "plain", Inherits: []model.QualifiedName{base},
			Columns: []model.Column{{Name: "body", Type: "text"}},
		},
		{
			Schema: "public", Name: "tuned", Inherits: []model.QualifiedName{base},
			InheritedColumns: []model.Column{
				{Name: "id", Default: "7"},
				{Name: "note", Comment: "inherited note"},
				{Name: "n", NotNull: true, Statistics: intp(300)},
			},
		},
		{
			Schema: "public", Name: "two", Inherits: []model.QualifiedName{extra, base},
			Columns: []model.Column{{Name: "n", Type: "integer", NotNull: true}},
			Constraints: []model.Constraint{
				{Name: "id_positive", Kind: model.Check, Columns: []string{"id"}, Expression: "(id >= 0)"},
				{Name: "mine", Kind: model.Check, Columns: []string{"n"}, Expression: "(n < 10)"},
			},
		},
	}
	if d := cmp.Diff(want, s.Tables); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	if len(s.Unmanaged) != 0 {
		t.Errorf("unmanaged objects: %v", s.Unmanaged)
	}
}

// TestRules checks rules on tables and views: definitions, firing states,
// comments and the relations their actions use.
func TestRules(t *testing.T) {
	url := load(t, `
		CREATE TABLE items (id int, name text);
		CREATE TABLE log (id int, at timestamptz DEFAULT now());
		CREATE VIEW item_names AS SELECT id, name FROM items;
		CREATE RULE log_insert AS ON INSERT TO items DO ALSO INSERT INTO log (id) VALUES (NEW.id);
		CREATE RULE no_delete AS ON DELETE TO items DO INSTEAD NOTHING;
		ALTER TABLE items DISABLE RULE no_delete;
		COMMENT ON RULE log_insert ON items IS 'audit';
		CREATE RULE add_name AS ON INSERT TO item_names DO INSTEAD INSERT INTO items VALUES (NEW.id, NEW.name);`)
	s := read(t, url, Options{})
	items := s.Table(model.QualifiedName{Schema: "public", Name: "items"})
	if items == nil || len(s.Views) != 1 {
		t.Fatalf("tables %v, views %v", s.Tables, s.Views)
	}
	wantTable := []model.Rule{
		{
			Name: "log_insert",
			Definition: "CREATE RULE log_insert AS\n    ON INSERT TO public.items DO  INSERT INTO public.log (id)\n" +
				"  VALUES (new.id);",
			Comment: "audit",
			Depends: []model.Ref{relRef("public", "log")},
		},
		{
			Name:       "no_delete",
			Definition: "CREATE RULE no_delete AS\n    ON DELETE TO public.items DO INSTEAD NOTHING;",
			Enabled:    model.TriggerDisabled,
		},
	}
	if d := cmp.Diff(wantTable, items.Rules); d != "" {
		t.Errorf("table rules (-want +got)\n%s", d)
	}
	wantView := []model.Rule{{
		Name: "add_name",
		Definition: "CREATE RULE add_name AS\n    ON INSERT TO public.item_names DO INSTEAD  INSERT INTO public.items (id, name)\n" +
			"  VALUES (new.id, new.name);",
		Depends: []model.Ref{relRef("public", "items")},
	}}
	if d := cmp.Diff(wantView, s.Views[0].Rules); d != "" {
		t.Errorf("view rules (-want +got)\n%s", d)
	}
	if len(s.Unmanaged) != 0 {
		t.Errorf("unmanaged objects: %v", s.Unmanaged)
	}
}
