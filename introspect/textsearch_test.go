package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestTextSearch(t *testing.T) {
	url := load(t, `
		CREATE EXTENSION unaccent;
		CREATE TEXT SEARCH DICTIONARY english_stem_nostop (TEMPLATE = snowball, Language = english);
		CREATE TEXT SEARCH DICTIONARY "My Simple" (TEMPLATE = pg_catalog.simple, stopwords = 'english', accept = false);
		COMMENT ON TEXT SEARCH DICTIONARY "My Simple" IS 'simple, with stop words';
		CREATE TEXT SEARCH CONFIGURATION mb_simple (COPY = pg_catalog.simple);
		ALTER TEXT SEARCH CONFIGURATION mb_simple
			ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart WITH unaccent, simple;
		CREATE TEXT SEARCH CONFIGURATION small (PARSER = "default");
		ALTER TEXT SEARCH CONFIGURATION small ADD MAPPING FOR asciiword WITH english_stem_nostop, "My Simple";
		COMMENT ON TEXT SEARCH CONFIGURATION small IS 'ascii words only';
		CREATE TEXT SEARCH CONFIGURATION empty (PARSER = pg_catalog.default);`)
	got := read(t, url, Options{})
	wantDicts := []model.TextSearchDictionary{
		{Schema: "public", Name: "My Simple", Template: "pg_catalog.simple", Options: "stopwords = 'english', accept = 'false'",
			Comment: "simple, with stop words"},
		{Schema: "public", Name: "english_stem_nostop", Template: "pg_catalog.snowball", Options: "language = 'english'"},
	}
	if d := cmp.Diff(wantDicts, got.TextSearchDictionaries); d != "" {
		t.Errorf("dictionaries (-want +got)\n%s", d)
	}
	simple := []string{"pg_catalog.simple"}
	both := []string{"public.unaccent", "pg_catalog.simple"}
	wantConfigs := []model.TextSearchConfig{
		{Schema: "public", Name: "empty", Parser: `pg_catalog."default"`},
		{Schema: "public", Name: "mb_simple", Parser: `pg_catalog."default"`, Mappings: []model.TextSearchMapping{
			{TokenType: "asciihword", Dictionaries: simple},
			{TokenType: "asciiword", Dictionaries: simple},
			{TokenType: "email", Dictionaries: simple},
			{TokenType: "file", Dictionaries: simple},
			{TokenType: "float", Dictionaries: simple},
			{TokenType: "host", Dictionaries: simple},
			{TokenType: "hword", Dictionaries: both},
			{TokenType: "hword_asciipart", Dictionaries: simple},
			{TokenType: "hword_numpart", Dictionaries: both},
			{TokenType: "hword_part", Dictionaries: both},
			{TokenType: "int", Dictionaries: simple},
			{TokenType: "numhword", Dictionaries: both},
			{TokenType: "numword", Dictionaries: both},
			{TokenType: "sfloat", Dictionaries: simple},
			{TokenType: "uint", Dictionaries: simple},
			{TokenType: "url", Dictionaries: simple},
			{TokenType: "url_path", Dictionaries: simple},
			{TokenType: "version", Dictionaries: simple},
			{TokenType: "word", Dictionaries: both},
		}},
		{Schema: "public", Name: "small", Parser: `pg_catalog."default"`, Comment: "ascii words only", Mappings: []model.TextSearchMapping{
			{TokenType: "asciiword", Dictionaries: []string{"public.english_stem_nostop", `public."My Simple"`}},
		}},
	}
	if d := cmp.Diff(wantConfigs, got.TextSearchConfigs); d != "" {
		t.Errorf("configurations (-want +got)\n%s", d)
	}
	for _, u := range got.Unmanaged {
		t.Errorf("unmanaged: %v", u)
	}
}
