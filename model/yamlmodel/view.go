package yamlmodel

import (
	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

var (
	viewKeys       = []string{"materialized", "definition", "options", "columns", "indexes", "triggers", "rules", "comment", "renamed_from"}
	viewColumnKeys = []string{"comment"}
	triggerKeys    = []string{"definition", "enabled", "comment"}

	triggerEnabledNames  = []string{"origin", "disabled", "replica", "always"}
	triggerEnabledValues = []model.TriggerEnabled{model.TriggerOrigin, model.TriggerDisabled, model.TriggerReplica, model.TriggerAlways}
)

func (d *decoded) views(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of view names", nil)
	if err != nil {
		return err
	}
	for _, vf := range fields {
		v, err := r.view(vf, schema)
		if err != nil {
			return err
		}
		name := v.QualifiedName().String()
		if err := d.define(r, "view "+name, vf.keyN, vf.path, "view "+name); err != nil {
			return err
		}
		d.s.Views = append(d.s.Views, v)
	}
	return nil
}

func (r *reader) view(f field, schema string) (model.View, error) {
	view := model.View{Schema: schema, Name: f.key}
	n, err := r.deref(f.value, f.path)
	if err != nil {
		return view, err
	}
	attrs, err := r.mapping(n, f.path, "a mapping", viewKeys)
	if err != nil {
		return view, err
	}
	var indexes, triggers, rules *field
	for i, a := range attrs {
		switch a.key {
		case "renamed_from":
			view.RenamedFrom, err = r.renamedFrom(a.value, a.path)
		case "materialized":
			view.Materialized, err = r.boolean(a.value, a.path)
		case "definition":
			view.Definition, err = r.name(a.value, a.path)
		case "options":
			view.Options, err = r.options(a.value, a.path)
		case "columns":
			view.Columns, err = r.viewColumns(a)
		case "indexes":
			indexes = &attrs[i]
			view.Indexes, err = r.indexes(a)
		case "triggers":
			triggers = &attrs[i]
			view.Triggers, err = r.triggers(a)
		case "rules":
			rules = &attrs[i]
			view.Rules, err = r.rules(a, viewRuleKeys)
		case "comment":
			view.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return view, err
		}
	}
	if view.Definition == "" {
		return view, r.errorf(n, f.path, "missing key \"definition\"; expected the view's query")
	}
	if indexes != nil && !view.Materialized {
		return view, r.errorf(indexes.keyN, f.path, "key \"indexes\" on a view; expected materialized: true (only materialized views have indexes)")
	}
	if rules != nil && view.Materialized {
		return view, r.errorf(rules.keyN, f.path, "key \"rules\" on a materialized view; expected a view or a table (materialized views have no rules)")
	}
	if triggers != nil && view.Materialized {
		return view, r.errorf(triggers.keyN, f.path, "key \"triggers\" on a materialized view; expected a view or a table (materialized views have no triggers)")
	}
	return view, nil
}

// viewColumns reads the comments of a view's columns; a column without a
// comment is left out, as the YAML carries nothing else about it.
func (r *reader) viewColumns(f field) ([]model.ViewColumn, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of column names", nil)
	if err != nil {
		return nil, err
	}
	var out []model.ViewColumn
	for _, cf := range fields {
		c := model.ViewColumn{Name: cf.key}
		attrs, err := r.mapping(cf.value, cf.path, "a mapping, {comment: ...}", viewColumnKeys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			if c.Comment, err = r.str(a.value, a.path); err != nil {
				return nil, err
			}
		}
		if c.Comment != "" {
			out = append(out, c)
		}
	}
	return out, nil
}

// triggers reads the triggers of a table or a view: each its definition
// (short form) or a mapping.
func (r *reader) triggers(f field) ([]model.Trigger, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of trigger names", nil)
	if err != nil {
		return nil, err
	}
	var out []model.Trigger
	for _, tf := range fields {
		tr := model.Trigger{Name: tf.key}
		v, err := r.deref(tf.value, tf.path)
		if err != nil {
			return nil, err
		}
		if v.Kind == yaml.ScalarNode && !isNull(v) {
			if tr.Definition, err = r.name(v, tf.path); err != nil {
				return nil, err
			}
			out = append(out, tr)
			continue
		}
		attrs, err := r.mapping(v, tf.path, "a CREATE TRIGGER statement or a mapping", triggerKeys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			switch a.key {
			case "definition":
				tr.Definition, err = r.name(a.value, a.path)
			case "enabled":
				tr.Enabled, err = enumValue(r, a.value, a.path, triggerEnabledNames, triggerEnabledValues)
			case "comment":
				tr.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return nil, err
			}
		}
		if tr.Definition == "" {
			return nil, r.errorf(v, tf.path, "missing key \"definition\"; expected the complete CREATE TRIGGER statement")
		}
		out = append(out, tr)
	}
	return out, nil
}

// viewNode writes a view; block style, as its definition is usually a
// multi-line block scalar.
func viewNode(v model.View) *yaml.Node {
	m := newMap(false)
	m.boolean("materialized", v.Materialized)
	m.add("definition", textNode(v.Definition))
	m.options("options", v.Options)
	cols := newMap(false)
	for _, c := range v.Columns {
		if c.Comment != "" {
			cm := newMap(true)
			cm.str("comment", c.Comment)
			cols.add(c.Name, cm.n)
		}
	}
	if !cols.empty() {
		m.add("columns", cols.n)
	}
	if len(v.Indexes) > 0 {
		m.add("indexes", indexesNode(v.Indexes))
	}
	if len(v.Triggers) > 0 {
		m.add("triggers", triggersNode(v.Triggers))
	}
	if len(v.Rules) > 0 {
		m.add("rules", rulesNode(v.Rules))
	}
	m.str("comment", v.Comment)
	m.str("renamed_from", v.RenamedFrom)
	return m.n
}

func triggersNode(triggers []model.Trigger) *yaml.Node {
	m := newMap(false)
	for _, t := range triggers {
		if t.Enabled == model.TriggerOrigin && t.Comment == "" {
			m.add(t.Name, textNode(t.Definition))
			continue
		}
		tm := newMap(true)
		tm.add("definition", textNode(t.Definition))
		if t.Enabled != model.TriggerOrigin && int(t.Enabled) < len(triggerEnabledNames) {
			tm.str("enabled", triggerEnabledNames[t.Enabled])
		}
		tm.str("comment", t.Comment)
		m.add(t.Name, tm.n)
	}
	return m.n
}
