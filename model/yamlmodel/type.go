package yamlmodel

import (
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// The keys of domains and composite types, in canonical order.
var (
	domainKeys      = []string{"type", "not_null", "default", "collation", "checks", "comment", "renamed_from"}
	domainCheckKeys = []string{"check", "not_valid", "comment"}
	compositeKeys   = []string{"attributes", "comment", "renamed_from"}
	attributeKeys   = []string{"type", "collation", "comment"}
)

func (d *decoded) domains(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of domain names", nil)
	if err != nil {
		return err
	}
	for _, df := range fields {
		dom, err := r.domain(df, schema)
		if err != nil {
			return err
		}
		name := dom.QualifiedName().String()
		if err := d.define(r, "domain "+name, df.keyN, df.path, "domain "+name); err != nil {
			return err
		}
		d.s.Domains = append(d.s.Domains, dom)
	}
	return nil
}

// domain reads a domain: its base type (short form) or a mapping.
func (r *reader) domain(f field, schema string) (model.Domain, error) {
	dom := model.Domain{Schema: schema, Name: f.key}
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return dom, err
	}
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		dom.Type, err = r.name(v, f.path)
		return dom, err
	}
	attrs, err := r.mapping(v, f.path, "a base type or a mapping", domainKeys)
	if err != nil {
		return dom, err
	}
	for _, a := range attrs {
		switch a.key {
		case "renamed_from":
			dom.RenamedFrom, err = r.renamedFrom(a.value, a.path)
		case "type":
			dom.Type, err = r.name(a.value, a.path)
		case "not_null":
			dom.NotNull, err = r.boolean(a.value, a.path)
		case "default":
			dom.Default, err = r.name(a.value, a.path)
		case "collation":
			var q model.QualifiedName
			if q, err = r.qualified(a.value, a.path, "pg_catalog"); err == nil {
				dom.Collation = &q
			}
		case "checks":
			dom.Checks, err = r.domainChecks(a)
		case "comment":
			dom.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return dom, err
		}
	}
	if dom.Type == "" {
		return dom, r.errorf(v, f.path, "missing key \"type\"; expected the domain's base type")
	}
	return dom, nil
}

// domainChecks reads named checks, each the CHECK clause (short form) or a
// mapping, and sorts them by name as the model keeps them.
func (r *reader) domainChecks(f field) ([]model.DomainCheck, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of check names", nil)
	if err != nil {
		return nil, err
	}
	var out []model.DomainCheck
	for _, cf := range fields {
		c := model.DomainCheck{Name: cf.key}
		v, err := r.deref(cf.value, cf.path)
		if err != nil {
			return nil, err
		}
		if v.Kind == yaml.ScalarNode && !isNull(v) {
			if c.Expression, err = r.name(v, cf.path); err != nil {
				return nil, err
			}
			out = append(out, c)
			continue
		}
		attrs, err := r.mapping(v, cf.path, "a CHECK clause or a mapping", domainCheckKeys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			switch a.key {
			case "check":
				c.Expression, err = r.name(a.value, a.path)
			case "not_valid":
				c.NotValid, err = r.boolean(a.value, a.path)
			case "comment":
				c.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return nil, err
			}
		}
		if c.Expression == "" {
			return nil, r.errorf(v, cf.path, "missing key \"check\"; expected the CHECK clause, e.g. \"CHECK (VALUE > 0)\"")
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func (d *decoded) composites(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of composite type names", nil)
	if err != nil {
		return err
	}
	for _, cf := range fields {
		c := model.CompositeType{Schema: schema, Name: cf.key}
		attrs, err := r.mapping(cf.value, cf.path, "a mapping", compositeKeys)
		if err != nil {
			return err
		}
		for _, a := range attrs {
			switch a.key {
			case "renamed_from":
				c.RenamedFrom, err = r.renamedFrom(a.value, a.path)
			case "attributes":
				c.Attributes, err = r.attributes(a)
			case "comment":
				c.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return err
			}
		}
		name := c.QualifiedName().String()
		if err := d.define(r, "composite type "+name, cf.keyN, cf.path, "composite type "+name); err != nil {
			return err
		}
		d.s.Composites = append(d.s.Composites, c)
	}
	return nil
}

// attributes reads a composite type's attributes, in order: each its type
// (short form) or a mapping.
func (r *reader) attributes(f field) ([]model.Attribute, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of attribute names, in attribute order", nil)
	if err != nil {
		return nil, err
	}
	var out []model.Attribute
	for _, af := range fields {
		at := model.Attribute{Name: af.key}
		v, err := r.deref(af.value, af.path)
		if err != nil {
			return nil, err
		}
		if v.Kind == yaml.ScalarNode && !isNull(v) {
			if at.Type, err = r.name(v, af.path); err != nil {
				return nil, err
			}
			out = append(out, at)
			continue
		}
		attrs, err := r.mapping(v, af.path, "a type or a mapping", attributeKeys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			switch a.key {
			case "type":
				at.Type, err = r.name(a.value, a.path)
			case "collation":
				var q model.QualifiedName
				if q, err = r.qualified(a.value, a.path, "pg_catalog"); err == nil {
					at.Collation = &q
				}
			case "comment":
				at.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return nil, err
			}
		}
		if at.Type == "" {
			return nil, r.errorf(v, af.path, "missing key \"type\"; expected the attribute's type")
		}
		out = append(out, at)
	}
	return out, nil
}

// domainNode writes a domain: its base type alone when that is all it has.
func domainNode(d model.Domain) *yaml.Node {
	if !d.NotNull && d.Default == "" && d.Collation == nil && len(d.Checks) == 0 && d.Comment == "" && d.RenamedFrom == "" {
		return strNode(d.Type)
	}
	m := newMap(len(d.Checks) == 0)
	m.str("type", d.Type)
	m.boolean("not_null", d.NotNull)
	m.str("default", d.Default)
	if d.Collation != nil {
		m.add("collation", qualifiedNode(*d.Collation, "pg_catalog"))
	}
	if len(d.Checks) > 0 {
		sorted := append([]model.DomainCheck(nil), d.Checks...)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
		checks := newMap(false)
		for _, c := range sorted {
			if !c.NotValid && c.Comment == "" {
				checks.add(c.Name, strNode(c.Expression))
				continue
			}
			cm := newMap(true)
			cm.str("check", c.Expression)
			cm.boolean("not_valid", c.NotValid)
			cm.str("comment", c.Comment)
			checks.add(c.Name, cm.n)
		}
		m.add("checks", checks.n)
	}
	m.str("comment", d.Comment)
	m.str("renamed_from", d.RenamedFrom)
	return m.n
}

// compositeNode writes a composite type's attributes in order.
func compositeNode(c model.CompositeType) *yaml.Node {
	m := newMap(false)
	attrs := newMap(false)
	for _, a := range c.Attributes {
		if a.Collation == nil && a.Comment == "" {
			attrs.add(a.Name, strNode(a.Type))
			continue
		}
		am := newMap(true)
		am.str("type", a.Type)
		if a.Collation != nil {
			am.add("collation", qualifiedNode(*a.Collation, "pg_catalog"))
		}
		am.str("comment", a.Comment)
		attrs.add(a.Name, am.n)
	}
	if !attrs.empty() {
		m.add("attributes", attrs.n)
	}
	m.str("comment", c.Comment)
	m.str("renamed_from", c.RenamedFrom)
	if m.empty() {
		m.n.Style = yaml.FlowStyle
	}
	return m.n
}
