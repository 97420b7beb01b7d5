package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestCompareTextSearch(t *testing.T) {
	simple := []string{"pg_catalog.simple"}
	stem := model.TextSearchDictionary{Schema: "public", Name: "stem", Template: "pg_catalog.snowball", Options: "language = 'english'"}
	stemDutch := stem
	stemDutch.Options = "language = 'dutch'"
	stemSimple := model.TextSearchDictionary{Schema: "public", Name: "stem", Template: "pg_catalog.simple"}
	config := func(maps ...model.TextSearchMapping) model.TextSearchConfig {
		return model.TextSearchConfig{Schema: "public", Name: "docs", Parser: `pg_catalog."default"`, Mappings: maps}
	}
	word := func(dicts ...string) model.TextSearchMapping {
		return model.TextSearchMapping{TokenType: "word", Dictionaries: dicts}
	}
	email := model.TextSearchMapping{TokenType: "email", Dictionaries: simple}
	integer := model.TextSearchMapping{TokenType: "int", Dictionaries: simple}
	withIndex := func(s *model.Schema) *model.Schema {
		s.Tables = []model.Table{{Schema: "public", Name: "doc", Columns: []model.Column{{Name: "body", Type: "text"}},
			Indexes: []model.Index{{Name: "doc_fts", Method: "gin", Keys: []model.IndexKey{
				{Expression: "to_tsvector('public.docs'::regconfig, body)"}}}}}}
		return s
	}
	otherParser := config(word("public.stem"))
	otherParser.Parser = "public.words"
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
		errors   []string
	}{
		{"dictionary, then configuration, then the index using it", &model.Schema{},
			withIndex(&model.Schema{TextSearchDictionaries: []model.TextSearchDictionary{stem},
				TextSearchConfigs: []model.TextSearchConfig{config(word("public.stem", "pg_catalog.simple"))}}),
			[]string{"CreateTextSearchDictionary stem", "CreateTextSearchConfig docs", "CreateTable doc", "CreateIndex"}, nil},
		{"index, then configuration, then dictionary dropped",
			withIndex(&model.Schema{TextSearchDictionaries: []model.TextSearchDictionary{stem},
				TextSearchConfigs: []model.TextSearchConfig{config(word("public.stem", "pg_catalog.simple"))}}), &model.Schema{},
			[]string{"DropTable doc", "DropTextSearchConfig docs", "DropTextSearchDictionary stem"}, nil},
		{"options altered in place",
			&model.Schema{TextSearchDictionaries: []model.TextSearchDictionary{stem}},
			&model.Schema{TextSearchDictionaries: []model.TextSearchDictionary{stemDutch}},
			[]string{"AlterTextSearchDictionary stem"}, nil},
		{"mappings added, changed and dropped one token type at a time",
			&model.Schema{TextSearchConfigs: []model.TextSearchConfig{config(integer, word("pg_catalog.simple"))}},
			&model.Schema{TextSearchConfigs: []model.TextSearchConfig{config(email, word("pg_catalog.english_stem", "pg_catalog.simple"))}},
			[]string{
				"AlterTextSearchMapping docs email=pg_catalog.simple",
				"AlterTextSearchMapping docs int=-",
				"AlterTextSearchMapping docs word=pg_catalog.english_stem,pg_catalog.simple",
			}, nil},
		{"mapping to a dictionary that goes changes before the dictionary is dropped",
			&model.Schema{TextSearchDictionaries: []model.TextSearchDictionary{stem}, TextSearchConfigs: []model.TextSearchConfig{config(word("public.stem"))}},
			&model.Schema{TextSearchConfigs: []model.TextSearchConfig{config(word("pg_catalog.simple"))}},
			[]string{"AlterTextSearchMapping docs word=pg_catalog.simple", "DropTextSearchDictionary stem"}, nil},
		{"template change: mappings using the dictionary go first and come back",
			&model.Schema{TextSearchDictionaries: []model.TextSearchDictionary{stem}, TextSearchConfigs: []model.TextSearchConfig{config(email, word("public.stem"))}},
			&model.Schema{TextSearchDictionaries: []model.TextSearchDictionary{stemSimple}, TextSearchConfigs: []model.TextSearchConfig{config(email, word("public.stem"))}},
			[]string{"AlterTextSearchMapping docs word=-", "DropTextSearchDictionary stem", "CreateTextSearchDictionary stem",
				"AlterTextSearchMapping docs word=public.stem"}, nil},
		{"parser change of an unused configuration re-creates it",
			&model.Schema{TextSearchConfigs: []model.TextSearchConfig{config(word("public.stem"))}},
			&model.Schema{TextSearchConfigs: []model.TextSearchConfig{otherParser}},
			[]string{"DropTextSearchConfig docs", "CreateTextSearchConfig docs"}, nil},
		{"parser change of a configuration an index uses is refused",
			withIndex(&model.Schema{TextSearchConfigs: []model.TextSearchConfig{config(word("public.stem"))}}),
			withIndex(&model.Schema{TextSearchConfigs: []model.TextSearchConfig{otherParser}}),
			nil,
			[]string{`text search configuration public.docs changes its parser (pg_catalog."default" -> public.words), which ALTER cannot do, ` +
				"and dropping it to create it again is refused while index public.doc_fts use it; " +
				"change or drop them first, or give the new configuration another name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(tt.from, tt.to)
			if d := cmp.Diff(tt.want, typeSteps(p)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
			if d := cmp.Diff(tt.errors, p.Messages()); d != "" {
				t.Errorf("errors (-want +got)\n%s", d)
			}
		})
	}
}

// TestTextSearchStaleWarning checks that changing a configuration (or the
// options of a dictionary it maps) that an index uses warns that the
// index keeps the old results.
func TestTextSearchStaleWarning(t *testing.T) {
	stem := model.TextSearchDictionary{Schema: "public", Name: "stem", Template: "pg_catalog.snowball", Options: "language = 'english'"}
	dutch := stem
	dutch.Options = "language = 'dutch'"
	schema := func(d model.TextSearchDictionary, dicts ...string) *model.Schema {
		return &model.Schema{
			TextSearchDictionaries: []model.TextSearchDictionary{d},
			TextSearchConfigs: []model.TextSearchConfig{{Schema: "public", Name: "docs", Parser: `pg_catalog."default"`,
				Mappings: []model.TextSearchMapping{{TokenType: "word", Dictionaries: dicts}}}},
			Tables: []model.Table{{Schema: "public", Name: "doc", Columns: []model.Column{{Name: "body", Type: "text"}},
				Indexes: []model.Index{{Name: "doc_fts", Method: "gin", Keys: []model.IndexKey{
					{Expression: "to_tsvector('public.docs'::regconfig, body)"}}}}}},
			Views: []model.View{{Schema: "public", Name: "words", Definition: " SELECT to_tsvector('public.docs'::regconfig, 'x'::text) AS w;"}},
		}
	}
	tests := []struct {
		name     string
		from, to *model.Schema
		why      string
	}{
		{"mapping changed", schema(stem, "public.stem"), schema(stem, "pg_catalog.simple"), "changes its mappings"},
		{"dictionary options changed", schema(stem, "public.stem"), schema(dutch, "public.stem"),
			"uses a text search dictionary whose options change"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := []string{"text search configuration public.docs " + tt.why + " while index public.doc_fts use it: " +
				"values computed before are not recomputed; REINDEX the indexes, update the stored columns and refresh " +
				"the materialized views after the migration"}
			if d := cmp.Diff(want, Compare(tt.from, tt.to).Warnings); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
	if w := Compare(schema(stem, "public.stem"), schema(stem, "public.stem")).Warnings; len(w) > 0 {
		t.Errorf("no change, but warnings: %v", w)
	}
}
