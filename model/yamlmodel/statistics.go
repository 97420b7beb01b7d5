package yamlmodel

import (
	"slices"

	"github.com/retortdb/retort/model"

	"go.yaml.in/yaml/v3"
)

// statisticsKeys are the keys of a statistics object, in canonical order.
var statisticsKeys = []string{"table", "columns", "expressions", "kinds", "target", "comment"}

func (d *decoded) statistics(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of statistics object names", nil)
	if err != nil {
		return err
	}
	for _, sf := range fields {
		st, err := r.statisticsObject(sf, schema)
		if err != nil {
			return err
		}
		name := st.QualifiedName().String()
		if err := d.define(r, "statistics "+name, sf.keyN, sf.path, "statistics object "+name); err != nil {
			return err
		}
		d.s.Statistics = append(d.s.Statistics, st)
	}
	return nil
}

// statisticsObject reads a statistics object. Its table is in the object's
// schema unless it names another; kinds default to all of them, except on
// a single expression, which takes none.
func (r *reader) statisticsObject(f field, schema string) (model.Statistics, error) {
	st := model.Statistics{Schema: schema, Name: f.key}
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return st, err
	}
	attrs, err := r.mapping(v, f.path, "a mapping", statisticsKeys)
	if err != nil {
		return st, err
	}
	kindsAt := -1
	for i, a := range attrs {
		switch a.key {
		case "table":
			st.Table, err = r.qualified(a.value, a.path, schema)
		case "columns":
			st.Columns, err = r.strings(a.value, a.path, "column names")
		case "expressions":
			st.Expressions, err = r.strings(a.value, a.path, "expressions")
		case "kinds":
			kindsAt = i
			st.Kinds, err = r.statisticsKinds(a)
		case "target":
			var n int64
			if n, err = r.integer(a.value, a.path); err == nil && n != -1 { // -1 is the default: none
				t := int(n)
				st.Target = &t
			}
		case "comment":
			st.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return st, err
		}
	}
	single := len(st.Columns) == 0 && len(st.Expressions) == 1
	switch {
	case st.Table.Name == "":
		return st, r.errorf(v, f.path, "missing key \"table\"; expected the table the statistics are on, e.g. table: orders")
	case len(st.Columns)+len(st.Expressions) < 2 && !single:
		return st, r.errorf(v, f.path, "statistics need two columns or expressions, or one expression; expected e.g. columns: [city, zip]")
	case single && kindsAt >= 0:
		return st, r.errorf(attrs[kindsAt].value, attrs[kindsAt].path, "statistics on a single expression take no kinds; leave kinds out")
	case kindsAt < 0 && !single:
		st.Kinds = slices.Clone(model.StatisticsKinds)
	}
	return st, nil
}

// statisticsKinds reads a sequence of statistics kinds, kept in canonical
// order.
func (r *reader) statisticsKinds(f field) ([]string, error) {
	kinds, err := r.strings(f.value, f.path, "statistics kinds")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, k := range model.StatisticsKinds {
		if slices.Contains(kinds, k) {
			out = append(out, k)
		}
	}
	for _, k := range kinds {
		if !slices.Contains(model.StatisticsKinds, k) {
			n, _ := r.deref(f.value, f.path)
			return nil, r.errorf(n, f.path, "unknown statistics kind %q; expected ndistinct, dependencies or mcv", k)
		}
	}
	if len(out) == 0 {
		n, _ := r.deref(f.value, f.path)
		return nil, r.errorf(n, f.path, "got no kinds; expected some of ndistinct, dependencies, mcv (leave kinds out for all of them)")
	}
	return out, nil
}

// statisticsNode writes a statistics object: the table in the object's
// schema by its name alone, kinds only when they are not all of them.
func statisticsNode(st model.Statistics) *yaml.Node {
	m := newMap(false)
	m.add("table", qualifiedNode(st.Table, st.Schema))
	m.strings("columns", st.Columns)
	m.strings("expressions", st.Expressions)
	if !slices.Equal(st.Kinds, model.StatisticsKinds) {
		m.strings("kinds", st.Kinds)
	}
	if st.Target != nil {
		m.integer("target", int64(*st.Target))
	}
	m.str("comment", st.Comment)
	return m.n
}
