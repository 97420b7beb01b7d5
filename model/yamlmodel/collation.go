package yamlmodel

import (
	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// collationKeys are the keys of a collation, in canonical order.
var collationKeys = []string{"provider", "locale", "lc_collate", "lc_ctype", "deterministic", "comment"}

func (d *decoded) collations(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of collation names", nil)
	if err != nil {
		return err
	}
	for _, cf := range fields {
		c, err := r.collation(cf, schema)
		if err != nil {
			return err
		}
		name := c.QualifiedName().String()
		if err := d.define(r, "collation "+name, cf.keyN, cf.path, "collation "+name); err != nil {
			return err
		}
		d.s.Collations = append(d.s.Collations, c)
	}
	return nil
}

// collation reads a collation: a libc locale (short form) or a mapping. The
// provider defaults to libc and deterministic to true; a libc collation
// whose lc_collate and lc_ctype are equal is kept as one locale, as
// introspection reads it.
func (r *reader) collation(f field, schema string) (model.Collation, error) {
	c := model.Collation{Schema: schema, Name: f.key, Provider: "libc", Deterministic: true}
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return c, err
	}
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		c.Locale, err = r.name(v, f.path)
		return c, err
	}
	attrs, err := r.mapping(v, f.path, "a libc locale or a mapping", collationKeys)
	if err != nil {
		return c, err
	}
	for _, a := range attrs {
		switch a.key {
		case "provider":
			c.Provider, err = enumValue(r, a.value, a.path, []string{"libc", "icu", "builtin"}, []string{"libc", "icu", "builtin"})
		case "locale":
			c.Locale, err = r.name(a.value, a.path)
		case "lc_collate":
			c.Collate, err = r.name(a.value, a.path)
		case "lc_ctype":
			c.Ctype, err = r.name(a.value, a.path)
		case "deterministic":
			c.Deterministic, err = r.boolean(a.value, a.path)
		case "comment":
			c.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return c, err
		}
	}
	switch {
	case c.Locale != "" && (c.Collate != "" || c.Ctype != ""):
		return c, r.errorf(v, f.path, "locale sets both lc_collate and lc_ctype; expected locale alone, or lc_collate and lc_ctype")
	case c.Provider != "libc" && (c.Collate != "" || c.Ctype != ""):
		return c, r.errorf(v, f.path, "a collation of provider %s takes no lc_collate or lc_ctype; expected locale, e.g. %s", c.Provider,
			map[string]string{"icu": "und-u-ks-level2", "builtin": "C.UTF-8 (PostgreSQL 17)"}[c.Provider])
	case c.Locale == "" && (c.Collate == "") != (c.Ctype == ""):
		return c, r.errorf(v, f.path, "lc_collate and lc_ctype go together; expected both, or locale alone")
	case c.Locale == "" && c.Collate == "":
		return c, r.errorf(v, f.path, "missing key \"locale\"; expected the collation's locale, e.g. locale: und-u-ks-level2")
	}
	if c.Collate != "" && c.Collate == c.Ctype {
		c.Locale, c.Collate, c.Ctype = c.Collate, "", ""
	}
	return c, nil
}

// collationNode writes a collation: its locale alone for a deterministic
// libc collation without a comment.
func collationNode(c model.Collation) *yaml.Node {
	if c.Provider == "libc" && c.Collate == "" && c.Deterministic && c.Comment == "" {
		return strNode(c.Locale)
	}
	m := newMap(true)
	if c.Provider != "libc" {
		m.str("provider", c.Provider)
	}
	m.str("locale", c.Locale)
	m.str("lc_collate", c.Collate)
	m.str("lc_ctype", c.Ctype)
	if !c.Deterministic {
		m.add("deterministic", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "false"})
	}
	m.str("comment", c.Comment)
	return m.n
}
