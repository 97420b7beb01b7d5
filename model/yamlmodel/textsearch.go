package yamlmodel

import (
	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// The keys of text search objects, in canonical order, and the parser a
// configuration uses when it names none.
var (
	tsDictionaryKeys = []string{"template", "options", "comment"}
	tsConfigKeys     = []string{"parser", "mappings", "comment"}
)

// DefaultTextSearchParser is the parser a YAML configuration uses when it
// names none, written as introspection reads it.
const DefaultTextSearchParser = `pg_catalog."default"`

func (d *decoded) textSearchDictionaries(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of text search dictionary names", nil)
	if err != nil {
		return err
	}
	for _, df := range fields {
		dict, err := r.textSearchDictionary(df, schema)
		if err != nil {
			return err
		}
		name := dict.QualifiedName().String()
		if err := d.define(r, "text search dictionary "+name, df.keyN, df.path, "text search dictionary "+name); err != nil {
			return err
		}
		d.s.TextSearchDictionaries = append(d.s.TextSearchDictionaries, dict)
	}
	return nil
}

// textSearchDictionary reads a dictionary: its template (short form) or a
// mapping.
func (r *reader) textSearchDictionary(f field, schema string) (model.TextSearchDictionary, error) {
	dict := model.TextSearchDictionary{Schema: schema, Name: f.key}
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return dict, err
	}
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		dict.Template, err = r.name(v, f.path)
		return dict, err
	}
	attrs, err := r.mapping(v, f.path, "a template or a mapping", tsDictionaryKeys)
	if err != nil {
		return dict, err
	}
	for _, a := range attrs {
		switch a.key {
		case "template":
			dict.Template, err = r.name(a.value, a.path)
		case "options":
			dict.Options, err = r.str(a.value, a.path)
		case "comment":
			dict.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return dict, err
		}
	}
	if dict.Template == "" {
		return dict, r.errorf(v, f.path, "missing key \"template\"; expected the dictionary's template, e.g. template: pg_catalog.snowball")
	}
	return dict, nil
}

func (d *decoded) textSearchConfigs(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of text search configuration names", nil)
	if err != nil {
		return err
	}
	for _, cf := range fields {
		cfg := model.TextSearchConfig{Schema: schema, Name: cf.key, Parser: DefaultTextSearchParser}
		attrs, err := r.mapping(cf.value, cf.path, "a mapping", tsConfigKeys)
		if err != nil {
			return err
		}
		for _, a := range attrs {
			switch a.key {
			case "parser":
				cfg.Parser, err = r.name(a.value, a.path)
			case "mappings":
				cfg.Mappings, err = r.textSearchMappings(a)
			case "comment":
				cfg.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return err
			}
		}
		name := cfg.QualifiedName().String()
		if err := d.define(r, "text search configuration "+name, cf.keyN, cf.path, "text search configuration "+name); err != nil {
			return err
		}
		d.s.TextSearchConfigs = append(d.s.TextSearchConfigs, cfg)
	}
	return nil
}

// textSearchMappings reads token types, each mapped to one dictionary
// (short form) or a sequence of them in the order they are consulted.
func (r *reader) textSearchMappings(f field) ([]model.TextSearchMapping, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of token types to dictionaries", nil)
	if err != nil {
		return nil, err
	}
	var out []model.TextSearchMapping
	for _, tf := range fields {
		m := model.TextSearchMapping{TokenType: tf.key}
		v, err := r.deref(tf.value, tf.path)
		if err != nil {
			return nil, err
		}
		if v.Kind == yaml.ScalarNode && !isNull(v) {
			var dict string
			if dict, err = r.name(v, tf.path); err != nil {
				return nil, err
			}
			m.Dictionaries = []string{dict}
		} else if m.Dictionaries, err = r.strings(v, tf.path, "dictionaries"); err != nil {
			return nil, err
		}
		if len(m.Dictionaries) == 0 {
			return nil, r.errorf(v, tf.path, "a mapping needs a dictionary; expected e.g. [pg_catalog.simple] (leave the token type out to map it to nothing)")
		}
		out = append(out, m)
	}
	return out, nil
}

// textSearchDictionaryNode writes a dictionary: its template alone when it
// has no options and no comment.
func textSearchDictionaryNode(d model.TextSearchDictionary) *yaml.Node {
	if d.Options == "" && d.Comment == "" {
		return strNode(d.Template)
	}
	m := newMap(true)
	m.str("template", d.Template)
	m.str("options", d.Options)
	m.str("comment", d.Comment)
	return m.n
}

// textSearchConfigNode writes a configuration: the parser unless it is the
// default one, then each token type's dictionaries (one alone as a
// scalar).
func textSearchConfigNode(c model.TextSearchConfig) *yaml.Node {
	m := newMap(false)
	if c.Parser != DefaultTextSearchParser {
		m.str("parser", c.Parser)
	}
	if len(c.Mappings) > 0 {
		maps := newMap(false)
		for _, tm := range c.Mappings {
			if len(tm.Dictionaries) == 1 {
				maps.add(tm.TokenType, strNode(tm.Dictionaries[0]))
				continue
			}
			maps.add(tm.TokenType, strSeq(tm.Dictionaries))
		}
		m.add("mappings", maps.n)
	}
	m.str("comment", c.Comment)
	if m.empty() {
		m.n.Style = yaml.FlowStyle
	}
	return m.n
}
