package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestCompareRules(t *testing.T) {
	rule := func(name, def string, deps ...model.Ref) model.Rule {
		return model.Rule{Name: name, Definition: def, Depends: deps}
	}
	rel := func(name string) model.Ref { return model.Ref{Kind: model.RefRelation, Schema: "public", Name: name} }
	items := func(rules ...model.Rule) model.Table {
		return model.Table{Schema: "public", Name: "items", Columns: []model.Column{{Name: "id", Type: "integer"}}, Rules: rules}
	}
	logTable := func(typ string) model.Table {
		return model.Table{Schema: "public", Name: "log", Columns: []model.Column{{Name: "id", Type: typ}}}
	}
	view := func(def string, rules ...model.Rule) model.View {
		return model.View{Schema: "public", Name: "v", Definition: def,
			Columns: []model.ViewColumn{{Name: "id", Type: "integer"}}, Depends: []model.Ref{rel("items")}, Rules: rules}
	}
	schema := func(views []model.View, tables ...model.Table) *model.Schema {
		s := schemaOf(tables...)
		s.Views = views
		return s
	}
	logIt := rule("log_it", "CREATE RULE log_it AS ON INSERT TO public.items DO ALSO INSERT INTO public.log VALUES (new.id);", rel("log"))
	logItTwice := rule("log_it", "CREATE RULE log_it AS ON INSERT TO public.items DO ALSO (INSERT INTO public.log VALUES (new.id); INSERT INTO public.log VALUES (new.id));", rel("log"))
	keep := rule("keep", "CREATE RULE keep AS ON DELETE TO public.items DO INSTEAD NOTHING;")
	keepOff := keep
	keepOff.Enabled = model.TriggerDisabled
	keepNoted := keep
	keepNoted.Comment = "rows stay"
	viaView := rule("add", "CREATE RULE add AS ON INSERT TO public.v DO INSTEAD INSERT INTO public.items VALUES (new.id);", rel("items"))
	readsView := rule("count_v", "CREATE RULE count_v AS ON UPDATE TO public.items DO ALSO SELECT count(*) FROM public.v;", rel("v"))

	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		{"new rules come after their table and what they use", schema(nil), schema(nil, items(logIt, keepOff), logTable("integer")),
			[]string{"CreateTable items", "CreateTable log", "CreateRule items.log_it", "CreateRule items.keep"}},
		{"a changed definition is replaced in place", schema(nil, items(logIt), logTable("integer")), schema(nil, items(logItTwice), logTable("integer")),
			[]string{"ReplaceRule items.log_it"}},
		{"a firing state changes in place", schema(nil, items(keep)), schema(nil, items(keepOff)),
			[]string{"SetRuleEnabled items.keep 1"}},
		{"a comment", schema(nil, items(keep)), schema(nil, items(keepNoted)),
			[]string{"SetComment items.keep rows stay"}},
		{"a rule that goes is dropped first", schema(nil, items(logIt), logTable("integer")), schema(nil, items()),
			[]string{"DropRule items.log_it", "DropTable log"}},
		{"a rule whose table changes shape is dropped and created again",
			schema(nil, items(logIt), logTable("integer")), schema(nil, items(logIt), logTable("bigint")),
			[]string{"DropRule items.log_it", "AlterColumnType log.id bigint", "CreateRule items.log_it"}},
		{"a rule on a re-created view is created again after it",
			schema([]model.View{view("SELECT id FROM public.items", viaView)}, items()),
			schema([]model.View{view("SELECT id FROM public.items WHERE id > 0", viaView)}, items()),
			[]string{"DropRule v.add", "DropView v", "CreateView v", "CreateRule v.add"}},
		{"a rule reading a re-created view is dropped before it",
			schema([]model.View{view("SELECT id FROM public.items")}, items(readsView)),
			schema([]model.View{view("SELECT id FROM public.items WHERE id > 0")}, items(readsView)),
			[]string{"DropRule items.count_v", "DropView v", "CreateView v", "CreateRule items.count_v"}},
		{"a rule reading a view that goes goes first",
			schema([]model.View{view("SELECT id FROM public.items")}, items(readsView)),
			schema(nil, items()),
			[]string{"DropRule items.count_v", "DropView v"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, stepTexts(Compare(tt.from, tt.to))); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
