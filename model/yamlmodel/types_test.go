package yamlmodel

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// typesYAML holds collations, range types and text search objects in every
// form the decoder takes.
const typesYAML = `schemas:
  app:
    collations:
      bytes: C
      ci: {provider: icu, locale: und-u-ks-level2, deterministic: false, comment: case-insensitive}
      mixed: {lc_collate: C, lc_ctype: POSIX}
      same: {lc_collate: C, lc_ctype: C}
    ranges:
      floatrange: double precision
      span:
        subtype: text
        subtype_opclass: pg_catalog.text_pattern_ops
        collation: C
        subtype_diff: app.span_diff
        multirange: spans
        comment: spans of text
      timerange: {subtype: time, multirange: timemultirange}
    text_search_dictionaries:
      plain: pg_catalog.simple
      stem: {template: pg_catalog.snowball, options: "language = 'english'", comment: stems}
    text_search_configs:
      bare: {}
      words:
        parser: app.words
        mappings:
          asciiword: [app.stem, pg_catalog.simple]
          word: pg_catalog.simple
        comment: word search
`

func TestDecodeTypesYAML(t *testing.T) {
	got, err := Decode("m.yaml", []byte(typesYAML))
	if err != nil {
		t.Fatal(err)
	}
	want := &model.Schema{
		Namespaces: []model.Namespace{{Name: "app"}},
		Collations: []model.Collation{
			{Schema: "app", Name: "bytes", Provider: "libc", Locale: "C", Deterministic: true},
			{Schema: "app", Name: "ci", Provider: "icu", Locale: "und-u-ks-level2", Comment: "case-insensitive"},
			{Schema: "app", Name: "mixed", Provider: "libc", Collate: "C", Ctype: "POSIX", Deterministic: true},
			{Schema: "app", Name: "same", Provider: "libc", Locale: "C", Deterministic: true},
		},
		Ranges: []model.RangeType{
			{Schema: "app", Name: "floatrange", Subtype: "double precision"},
			{Schema: "app", Name: "span", Subtype: "text", SubtypeOpClass: "pg_catalog.text_pattern_ops",
				Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, SubtypeDiff: "app.span_diff", Multirange: "spans", Comment: "spans of text"},
			{Schema: "app", Name: "timerange", Subtype: "time"}, // the default multirange name
		},
		TextSearchDictionaries: []model.TextSearchDictionary{
			{Schema: "app", Name: "plain", Template: "pg_catalog.simple"},
			{Schema: "app", Name: "stem", Template: "pg_catalog.snowball", Options: "language = 'english'", Comment: "stems"},
		},
		TextSearchConfigs: []model.TextSearchConfig{
			{Schema: "app", Name: "bare", Parser: DefaultTextSearchParser},
			{Schema: "app", Name: "words", Parser: "app.words", Comment: "word search", Mappings: []model.TextSearchMapping{
				{TokenType: "asciiword", Dictionaries: []string{"app.stem", "pg_catalog.simple"}},
				{TokenType: "word", Dictionaries: []string{"pg_catalog.simple"}},
			}},
		},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestEncodeTypesYAML(t *testing.T) {
	s, err := Decode("m.yaml", []byte(typesYAML))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, s); err != nil {
		t.Fatal(err)
	}
	want := `schemas:
  app:
    collations:
      bytes: C
      ci: {provider: icu, locale: und-u-ks-level2, deterministic: false, comment: case-insensitive}
      mixed: {lc_collate: C, lc_ctype: POSIX}
      same: C
    ranges:
      floatrange: double precision
      span: {subtype: text, subtype_opclass: pg_catalog.text_pattern_ops, collation: C, subtype_diff: app.span_diff, multirange: spans, comment: spans of text}
      timerange: time
    text_search_dictionaries:
      plain: pg_catalog.simple
      stem: {template: pg_catalog.snowball, options: language = 'english', comment: stems}
    text_search_configs:
      bare: {}
      words:
        parser: app.words
        mappings:
          asciiword: [app.stem, pg_catalog.simple]
          word: pg_catalog.simple
        comment: word search
`
	if d := cmp.Diff(want, buf.String()); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	back, err := Decode("enc.yaml", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(s, back); d != "" {
		t.Errorf("decode(encode(s)) (-want +got)\n%s", d)
	}
}

// TestRangeColumnTypeRef checks that a column of a range type of the model,
// or of its multirange type, points its TypeRef at that type.
func TestRangeColumnTypeRef(t *testing.T) {
	s, err := Decode("m.yaml", []byte(`schemas:
  app:
    ranges: {span: numeric}
    tables:
      t:
        columns: {a: app.span, b: "app.span_multirange[]", c: int4range}
`))
	if err != nil {
		t.Fatal(err)
	}
	var got []model.QualifiedName
	for _, c := range s.Tables[0].Columns {
		got = append(got, c.TypeRef)
	}
	want := []model.QualifiedName{{Schema: "app", Name: "span"}, {Schema: "app", Name: "span_multirange"}, {}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestDecodeTypesYAMLErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown collation key", "schemas: {s: {collations: {c: {provider: icu, local: und}}}}",
			`m.yaml:1:47: schemas.s.collations.c: unknown key "local"; expected one of provider, locale, lc_collate, lc_ctype, deterministic, comment`},
		{"bad provider", "schemas: {s: {collations: {c: {provider: os, locale: C}}}}",
			`m.yaml:1:42: schemas.s.collations.c.provider: bad value "os"; expected one of libc, icu, builtin`},
		{"builtin with lc_collate", "schemas: {s: {collations: {c: {provider: builtin, lc_collate: C, lc_ctype: C}}}}",
			`m.yaml:1:31: schemas.s.collations.c: a collation of provider builtin takes no lc_collate or lc_ctype; expected locale, e.g. C.UTF-8 (PostgreSQL 17)`},
		{"collation without locale", "schemas: {s: {collations: {c: {provider: icu}}}}",
			`m.yaml:1:31: schemas.s.collations.c: missing key "locale"; expected the collation's locale, e.g. locale: und-u-ks-level2`},
		{"locale and lc_collate", "schemas: {s: {collations: {c: {locale: C, lc_collate: C}}}}",
			`m.yaml:1:31: schemas.s.collations.c: locale sets both lc_collate and lc_ctype; expected locale alone, or lc_collate and lc_ctype`},
		{"lc_collate alone", "schemas: {s: {collations: {c: {lc_collate: C}}}}",
			`m.yaml:1:31: schemas.s.collations.c: lc_collate and lc_ctype go together; expected both, or locale alone`},
		{"icu with lc_ctype", "schemas: {s: {collations: {c: {provider: icu, lc_collate: C, lc_ctype: C}}}}",
			`m.yaml:1:31: schemas.s.collations.c: a collation of provider icu takes no lc_collate or lc_ctype; expected locale, e.g. und-u-ks-level2`},
		{"deterministic as a string", "schemas: {s: {collations: {c: {locale: C, deterministic: no}}}}",
			`m.yaml:1:58: schemas.s.collations.c.deterministic: got a string; expected true or false`},
		{"collation as a sequence", "schemas: {s: {collations: {c: [C]}}}",
			`m.yaml:1:31: schemas.s.collations.c: got a sequence; expected a libc locale or a mapping`},

		{"unknown range key", "schemas: {s: {ranges: {r: {subtype: int, diff: f}}}}",
			`m.yaml:1:42: schemas.s.ranges.r: unknown key "diff"; expected one of subtype, subtype_opclass, collation, canonical, subtype_diff, multirange, comment`},
		{"range without subtype", "schemas: {s: {ranges: {r: {comment: x}}}}",
			`m.yaml:1:27: schemas.s.ranges.r: missing key "subtype"; expected the range's element type, e.g. subtype: numeric`},
		{"empty subtype", `schemas: {s: {ranges: {r: ""}}}`,
			`m.yaml:1:27: schemas.s.ranges.r: got an empty string; expected a name`},

		{"unknown dictionary key", "schemas: {s: {text_search_dictionaries: {d: {template: simple, option: x}}}}",
			`m.yaml:1:64: schemas.s.text_search_dictionaries.d: unknown key "option"; expected one of template, options, comment`},
		{"dictionary without template", "schemas: {s: {text_search_dictionaries: {d: {options: x}}}}",
			`m.yaml:1:45: schemas.s.text_search_dictionaries.d: missing key "template"; expected the dictionary's template, e.g. template: pg_catalog.snowball`},
		{"unknown configuration key", "schemas: {s: {text_search_configs: {c: {mapping: {}}}}}",
			`m.yaml:1:41: schemas.s.text_search_configs.c: unknown key "mapping"; expected one of parser, mappings, comment`},
		{"configuration as a string", "schemas: {s: {text_search_configs: {c: simple}}}",
			`m.yaml:1:40: schemas.s.text_search_configs.c: got a string; expected a mapping`},
		{"mapping without dictionaries", "schemas: {s: {text_search_configs: {c: {mappings: {word: []}}}}}",
			`m.yaml:1:58: schemas.s.text_search_configs.c.mappings.word: a mapping needs a dictionary; expected e.g. [pg_catalog.simple] (leave the token type out to map it to nothing)`},
		{"mapping as a mapping", "schemas: {s: {text_search_configs: {c: {mappings: {word: {a: b}}}}}}",
			`m.yaml:1:58: schemas.s.text_search_configs.c.mappings.word: got a mapping; expected a sequence of dictionaries`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkYAMLError(t, tt.yaml, tt.want) })
	}
}
