package yamlmodel

import (
	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// rangeKeys are the keys of a range type, in canonical order.
var rangeKeys = []string{"subtype", "subtype_opclass", "collation", "canonical", "subtype_diff", "multirange", "comment"}

func (d *decoded) ranges(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of range type names", nil)
	if err != nil {
		return err
	}
	for _, rf := range fields {
		rt, err := r.rangeType(rf, schema)
		if err != nil {
			return err
		}
		name := rt.QualifiedName().String()
		if err := d.define(r, "range type "+name, rf.keyN, rf.path, "range type "+name); err != nil {
			return err
		}
		d.s.Ranges = append(d.s.Ranges, rt)
	}
	return nil
}

// rangeType reads a range type: its subtype (short form) or a mapping.
func (r *reader) rangeType(f field, schema string) (model.RangeType, error) {
	rt := model.RangeType{Schema: schema, Name: f.key}
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return rt, err
	}
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		rt.Subtype, err = r.name(v, f.path)
		return rt, err
	}
	attrs, err := r.mapping(v, f.path, "a subtype or a mapping", rangeKeys)
	if err != nil {
		return rt, err
	}
	for _, a := range attrs {
		switch a.key {
		case "subtype":
			rt.Subtype, err = r.name(a.value, a.path)
		case "subtype_opclass":
			rt.SubtypeOpClass, err = r.name(a.value, a.path)
		case "collation":
			var q model.QualifiedName
			if q, err = r.qualified(a.value, a.path, "pg_catalog"); err == nil {
				rt.Collation = &q
			}
		case "canonical":
			rt.Canonical, err = r.name(a.value, a.path)
		case "subtype_diff":
			rt.SubtypeDiff, err = r.name(a.value, a.path)
		case "multirange":
			rt.Multirange, err = r.name(a.value, a.path)
		case "comment":
			rt.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return rt, err
		}
	}
	if rt.Subtype == "" {
		return rt, r.errorf(v, f.path, "missing key \"subtype\"; expected the range's element type, e.g. subtype: numeric")
	}
	if rt.Multirange == model.DefaultMultirangeName(rt.Name) {
		rt.Multirange = ""
	}
	return rt, nil
}

// rangeNode writes a range type: its subtype alone when that is all it has.
func rangeNode(rt model.RangeType) *yaml.Node {
	if rt.SubtypeOpClass == "" && rt.Collation == nil && rt.Canonical == "" && rt.SubtypeDiff == "" &&
		rt.Multirange == "" && rt.Comment == "" {
		return strNode(rt.Subtype)
	}
	m := newMap(true)
	m.str("subtype", rt.Subtype)
	m.str("subtype_opclass", rt.SubtypeOpClass)
	if rt.Collation != nil {
		m.add("collation", qualifiedNode(*rt.Collation, "pg_catalog"))
	}
	m.str("canonical", rt.Canonical)
	m.str("subtype_diff", rt.SubtypeDiff)
	m.str("multirange", rt.Multirange)
	m.str("comment", rt.Comment)
	return m.n
}
