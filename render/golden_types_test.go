package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var (
	collICU   = model.Collation{Schema: "app", Name: "ci", Provider: "icu", Locale: "und-u-ks-level2"}
	collLibc  = model.Collation{Schema: "app", Name: "Bytes", Provider: "libc", Locale: "C", Deterministic: true}
	collMixed = model.Collation{Schema: "app", Name: "mixed", Provider: "libc", Collate: "C", Ctype: "POSIX", Deterministic: true}
	dictStem  = model.TextSearchDictionary{Schema: "app", Name: "stem", Template: "pg_catalog.snowball",
		Options: "language = 'english', stopwords = 'english'"}
	cfgApp = model.QualifiedName{Schema: "app", Name: "My Config"}
)

// typesGoldenCases covers collations, range types and text search
// dictionaries and configurations.
var typesGoldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"create icu collation", diff.CreateObject{Kind: diff.KindCollation, Object: collICU},
		[]string{"CREATE COLLATION app.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"}},
	{"create libc collation", diff.CreateObject{Kind: diff.KindCollation, Object: collLibc},
		[]string{`CREATE COLLATION app."Bytes" (provider = libc, locale = 'C')`}},
	{"create collation with two locales", diff.CreateObject{Kind: diff.KindCollation, Object: collMixed},
		[]string{"CREATE COLLATION app.mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX')"}},
	{"drop collation", diff.DropObject{Kind: diff.KindCollation, Object: collLibc}, []string{`DROP COLLATION app."Bytes"`}},
	{"comment on collation", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindCollation, Schema: "app", Name: "ci"}, Comment: "case-insensitive"},
		[]string{"COMMENT ON COLLATION app.ci IS 'case-insensitive'"}},

	{"create range", diff.CreateRange{Range: model.RangeType{Schema: "app", Name: "floatrange", Subtype: "double precision"}},
		[]string{"CREATE TYPE app.floatrange AS RANGE (subtype = double precision)"}},
	{"create range with every option", diff.CreateRange{Range: model.RangeType{
		Schema: "app", Name: "Span", Subtype: "text", SubtypeOpClass: "pg_catalog.text_pattern_ops",
		Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Canonical: "app.span_canonical",
		SubtypeDiff: "app.span_diff", Multirange: "Spans"}},
		[]string{`CREATE TYPE app."Span" AS RANGE (subtype = text, subtype_opclass = pg_catalog.text_pattern_ops, ` +
			`collation = pg_catalog."C", canonical = app.span_canonical, subtype_diff = app.span_diff, multirange_type_name = app."Spans")`}},
	{"drop range", diff.DropRange{Range: model.RangeType{Schema: "app", Name: "floatrange", Subtype: "double precision"}},
		[]string{"DROP TYPE app.floatrange"}},

	{"create dictionary", diff.CreateObject{Kind: diff.KindTextSearchDictionary, Object: dictStem},
		[]string{"CREATE TEXT SEARCH DICTIONARY app.stem (template = pg_catalog.snowball, language = 'english', stopwords = 'english')"}},
	{"create dictionary without options", diff.CreateObject{Kind: diff.KindTextSearchDictionary, Object: model.TextSearchDictionary{
		Schema: "app", Name: "plain", Template: "pg_catalog.simple"}},
		[]string{"CREATE TEXT SEARCH DICTIONARY app.plain (template = pg_catalog.simple)"}},
	{"drop dictionary", diff.DropObject{Kind: diff.KindTextSearchDictionary, Object: dictStem}, []string{"DROP TEXT SEARCH DICTIONARY app.stem"}},
	{"alter dictionary options", diff.AlterObject{Kind: diff.KindTextSearchDictionary, From: dictStem, To: func() model.TextSearchDictionary {
		d := dictStem
		d.Options = "language = 'dutch', \"Odd, name\" = 'it''s, quoted'"
		return d
	}()}, []string{`ALTER TEXT SEARCH DICTIONARY app.stem (stopwords, language = 'dutch', "Odd, name" = 'it''s, quoted')`}},
	{"alter dictionary: remove every option", diff.AlterObject{Kind: diff.KindTextSearchDictionary, From: dictStem, To: func() model.TextSearchDictionary {
		d := dictStem
		d.Options = ""
		return d
	}()}, []string{"ALTER TEXT SEARCH DICTIONARY app.stem (language, stopwords)"}},
	{"comment on dictionary", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindTextSearchDictionary, Schema: "app", Name: "stem"}, Comment: "stems"},
		[]string{"COMMENT ON TEXT SEARCH DICTIONARY app.stem IS 'stems'"}},

	{"create configuration", diff.CreateObject{Kind: diff.KindTextSearchConfig, Object: model.TextSearchConfig{
		Schema: "app", Name: "My Config", Parser: `pg_catalog."default"`, Mappings: []model.TextSearchMapping{
			{TokenType: "asciiword", Dictionaries: []string{"app.stem", "pg_catalog.simple"}},
			{TokenType: "int", Dictionaries: []string{"pg_catalog.simple"}},
			{TokenType: "word", Dictionaries: []string{"app.stem", "pg_catalog.simple"}},
		}}}, []string{
		`CREATE TEXT SEARCH CONFIGURATION app."My Config" (parser = pg_catalog."default")`,
		`ALTER TEXT SEARCH CONFIGURATION app."My Config" ADD MAPPING FOR asciiword, word WITH app.stem, pg_catalog.simple`,
		`ALTER TEXT SEARCH CONFIGURATION app."My Config" ADD MAPPING FOR "int" WITH pg_catalog.simple`,
	}},
	{"create configuration without mappings", diff.CreateObject{Kind: diff.KindTextSearchConfig, Object: model.TextSearchConfig{
		Schema: "app", Name: "bare", Parser: `pg_catalog."default"`}},
		[]string{`CREATE TEXT SEARCH CONFIGURATION app.bare (parser = pg_catalog."default")`}},
	{"drop configuration", diff.DropObject{Kind: diff.KindTextSearchConfig, Object: model.TextSearchConfig{Schema: "app", Name: "My Config"}},
		[]string{`DROP TEXT SEARCH CONFIGURATION app."My Config"`}},
	{"add mapping", diff.AlterTextSearchMapping{Config: cfgApp,
		To: &model.TextSearchMapping{TokenType: "email", Dictionaries: []string{"pg_catalog.simple"}}},
		[]string{`ALTER TEXT SEARCH CONFIGURATION app."My Config" ADD MAPPING FOR email WITH pg_catalog.simple`}},
	{"alter mapping", diff.AlterTextSearchMapping{Config: cfgApp,
		From: &model.TextSearchMapping{TokenType: "word", Dictionaries: []string{"pg_catalog.simple"}},
		To:   &model.TextSearchMapping{TokenType: "word", Dictionaries: []string{"public.unaccent", "pg_catalog.simple"}}},
		[]string{`ALTER TEXT SEARCH CONFIGURATION app."My Config" ALTER MAPPING FOR word WITH public.unaccent, pg_catalog.simple`}},
	{"drop mapping", diff.AlterTextSearchMapping{Config: cfgApp,
		From: &model.TextSearchMapping{TokenType: "float", Dictionaries: []string{"pg_catalog.simple"}}},
		[]string{`ALTER TEXT SEARCH CONFIGURATION app."My Config" DROP MAPPING FOR "float"`}},
	{"comment on configuration", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindTextSearchConfig, Schema: "app", Name: "My Config"}},
		[]string{`COMMENT ON TEXT SEARCH CONFIGURATION app."My Config" IS NULL`}},
}

func init() {
	goldenCases = append(goldenCases, typesGoldenCases...)
}
