package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// fixtureTypeOps returns the operations on collations, range types and
// text search objects, run by fixtureOps once its schema exists; they drop
// what they create. SQL fragments are written as introspection reads them.
func fixtureTypeOps(n fixtureNames) []diff.Op {
	s := n.schema
	comment := func(kind diff.ObjectKind, name, text string) diff.Op {
		return diff.SetComment{Target: diff.ObjectRef{Kind: kind, Schema: s, Name: name}, Comment: text}
	}

	icu := model.Collation{Schema: s, Name: n.enum + "_ci", Provider: "icu", Locale: "und-u-ks-level2"}
	libc := model.Collation{Schema: s, Name: n.col, Provider: "libc", Collate: "C", Ctype: "POSIX", Deterministic: true}

	floats := model.RangeType{Schema: s, Name: n.seq + "_range", Subtype: "double precision", SubtypeDiff: "pg_catalog.float8mi"}
	texts := model.RangeType{Schema: s, Name: n.table + " span", Subtype: "text", SubtypeOpClass: "pg_catalog.text_pattern_ops",
		Collation: &model.QualifiedName{Schema: s, Name: libc.Name}, Multirange: n.table + " spans"}

	stem := model.TextSearchDictionary{Schema: s, Name: n.index, Template: "pg_catalog.snowball", Options: "language = 'english'"}
	stemStop := stem
	stemStop.Options = "language = 'english', stopwords = 'english'"
	simple := "pg_catalog.simple"
	stemSQL := QualifiedName(stem.QualifiedName())
	cfg := model.TextSearchConfig{Schema: s, Name: n.constraint, Parser: `pg_catalog."default"`, Mappings: []model.TextSearchMapping{
		{TokenType: "asciiword", Dictionaries: []string{stemSQL, simple}},
		{TokenType: "int", Dictionaries: []string{simple}},
		{TokenType: "word", Dictionaries: []string{simple}},
	}}
	q := cfg.QualifiedName()

	return []diff.Op{
		diff.CreateObject{Kind: diff.KindCollation, Object: icu},
		diff.CreateObject{Kind: diff.KindCollation, Object: libc},
		comment(diff.KindCollation, icu.Name, "case-insensitive"),
		diff.CreateRange{Range: floats},
		diff.CreateRange{Range: texts},
		comment(diff.KindType, texts.Name, "spans of text"),
		diff.CreateObject{Kind: diff.KindTextSearchDictionary, Object: stem},
		diff.AlterObject{Kind: diff.KindTextSearchDictionary, From: stem, To: stemStop},
		diff.AlterObject{Kind: diff.KindTextSearchDictionary, From: stemStop, To: stem},
		comment(diff.KindTextSearchDictionary, stem.Name, "stems"),
		diff.CreateObject{Kind: diff.KindTextSearchConfig, Object: cfg},
		diff.AlterTextSearchMapping{Config: q, To: &model.TextSearchMapping{TokenType: "email", Dictionaries: []string{simple}}},
		diff.AlterTextSearchMapping{Config: q, From: &cfg.Mappings[2],
			To: &model.TextSearchMapping{TokenType: "word", Dictionaries: []string{stemSQL, simple}}},
		diff.AlterTextSearchMapping{Config: q, From: &cfg.Mappings[1]},
		comment(diff.KindTextSearchConfig, cfg.Name, "words"),
		diff.DropObject{Kind: diff.KindTextSearchConfig, Object: cfg},
		diff.DropObject{Kind: diff.KindTextSearchDictionary, Object: stem},
		diff.DropRange{Range: texts},
		diff.DropRange{Range: floats},
		diff.DropObject{Kind: diff.KindCollation, Object: libc},
		diff.DropObject{Kind: diff.KindCollation, Object: icu},
	}
}
