package yamlmodel

import (
	"fmt"
	"slices"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// The YAML of plain inheritance (a table's inherits and inherited_columns)
// and of rewrite rules (rules, on tables and views).

var (
	inheritedColumnKeys = []string{"not_null", "default", "statistics", "storage", "comment"}
	tableRuleKeys       = []string{"definition", "enabled", "comment"}
	// A view's rules are always enabled: PostgreSQL 15 cannot change
	// their firing state.
	viewRuleKeys = []string{"definition", "comment"}
)

// inherits reads a table's parents: a sequence of qualified names, in
// inheritance order; a name without a schema is in the table's schema.
func (r *reader) inherits(f field, schema string) ([]model.QualifiedName, error) {
	n, err := r.deref(f.value, f.path)
	if err != nil {
		return nil, err
	}
	if n.Kind != yaml.SequenceNode {
		return nil, r.errorf(n, f.path, "got %s; expected a sequence of table names", describe(n))
	}
	var out []model.QualifiedName
	seen := map[model.QualifiedName]bool{}
	for i, item := range n.Content {
		path := fmt.Sprintf("%s[%d]", f.path, i)
		q, err := r.qualified(item, path, schema)
		if err != nil {
			return nil, err
		}
		if seen[q] {
			return nil, r.errorf(item, path, "%s is listed twice; expected each parent once", q)
		}
		seen[q] = true
		out = append(out, q)
	}
	return out, nil
}

// inheritedColumns reads the settings a child gives the columns it
// inherits: a mapping of column names to {not_null, default, statistics,
// storage, comment}; what is left out is off or empty.
func (r *reader) inheritedColumns(f field) ([]model.Column, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of inherited column names", nil)
	if err != nil {
		return nil, err
	}
	var out []model.Column
	for _, cf := range fields {
		c := model.Column{Name: cf.key}
		attrs, err := r.mapping(cf.value, cf.path, "a mapping of the child's settings, e.g. {not_null: true}", inheritedColumnKeys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			switch a.key {
			case "not_null":
				c.NotNull, err = r.boolean(a.value, a.path)
			case "default":
				c.Default, err = r.name(a.value, a.path)
			case "statistics":
				c.Statistics, err = r.statistics(a.value, a.path)
			case "storage":
				c.Storage, err = enumValue(r, a.value, a.path, storageNames, storageValues)
			case "comment":
				c.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return nil, err
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// checkInheritance rejects what PostgreSQL would: parents on a partition
// or a partitioned table, inherited_columns without parents, and a column
// both declared and inherited-only.
func (r *reader) checkInheritance(t *model.Table, attrs []field, f field) error {
	at := func(key string) *field {
		for i := range attrs {
			if attrs[i].key == key {
				return &attrs[i]
			}
		}
		return nil
	}
	inh := at("inherits")
	if inh != nil && t.PartitionOf != nil {
		return r.errorf(inh.keyN, f.path, "a partition cannot have inherits; expected only one of partition_of, inherits")
	}
	if inh != nil && t.PartitionKey != "" {
		return r.errorf(inh.keyN, f.path, "a partitioned table cannot have inherits; expected only one of partition_by, inherits")
	}
	ic := at("inherited_columns")
	if ic == nil {
		return nil
	}
	if len(t.Inherits) == 0 {
		return r.errorf(ic.keyN, f.path, "inherited_columns without inherits; expected the parents in inherits: [...]")
	}
	for _, c := range t.InheritedColumns {
		if t.Column(c.Name) != nil {
			return r.errorf(ic.keyN, f.path, "column %q is in both columns and inherited_columns; expected it in columns (declared on the table) or in inherited_columns (inherited only)", c.Name)
		}
	}
	return nil
}

// rules reads the rules of a table or a view: each its definition (short
// form) or a mapping with the given keys. The result is sorted by name.
func (r *reader) rules(f field, keys []string) ([]model.Rule, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of rule names", nil)
	if err != nil {
		return nil, err
	}
	var out []model.Rule
	for _, rf := range fields {
		rule := model.Rule{Name: rf.key}
		v, err := r.deref(rf.value, rf.path)
		if err != nil {
			return nil, err
		}
		if v.Kind == yaml.ScalarNode && !isNull(v) {
			if rule.Definition, err = r.name(v, rf.path); err != nil {
				return nil, err
			}
			out = append(out, rule)
			continue
		}
		attrs, err := r.mapping(v, rf.path, "a CREATE RULE statement or a mapping", keys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			switch a.key {
			case "definition":
				rule.Definition, err = r.name(a.value, a.path)
			case "enabled":
				rule.Enabled, err = enumValue(r, a.value, a.path, triggerEnabledNames, triggerEnabledValues)
			case "comment":
				rule.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return nil, err
			}
		}
		if rule.Definition == "" {
			return nil, r.errorf(v, rf.path, "missing key \"definition\"; expected the complete CREATE RULE statement")
		}
		out = append(out, rule)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// inheritsNode writes a table's parents as a flow sequence.
func inheritsNode(parents []model.QualifiedName, schema string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, p := range parents {
		n.Content = append(n.Content, qualifiedNode(p, schema))
	}
	return n
}

// inheritedColumnsNode writes a child's settings on inherited columns,
// each a flow mapping of what is set ({} when nothing is).
func inheritedColumnsNode(cols []model.Column) *yaml.Node {
	m := newMap(false)
	for _, c := range cols {
		cm := newMap(true)
		cm.boolean("not_null", c.NotNull)
		cm.str("default", c.Default)
		if c.Statistics != nil {
			cm.integer("statistics", int64(*c.Statistics))
		}
		if c.Storage != model.StorageDefault && int(c.Storage) <= len(storageNames) {
			cm.str("storage", storageNames[c.Storage-1])
		}
		cm.str("comment", c.Comment)
		m.add(c.Name, cm.n)
	}
	return m.n
}

// rulesNode writes rules by name: the definition alone when the rule is
// enabled and has no comment, a mapping otherwise.
func rulesNode(rules []model.Rule) *yaml.Node {
	rules = slices.Clone(rules)
	sort.Slice(rules, func(i, j int) bool { return rules[i].Name < rules[j].Name })
	m := newMap(false)
	for _, rule := range rules {
		if rule.Enabled == model.TriggerOrigin && rule.Comment == "" {
			m.add(rule.Name, textNode(rule.Definition))
			continue
		}
		rm := newMap(false)
		rm.add("definition", textNode(rule.Definition))
		if rule.Enabled != model.TriggerOrigin && int(rule.Enabled) < len(triggerEnabledNames) {
			rm.str("enabled", triggerEnabledNames[rule.Enabled])
		}
		rm.str("comment", rule.Comment)
		m.add(rule.Name, rm.n)
	}
	return m.n
}
