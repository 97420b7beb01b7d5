package yamlmodel

import (
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// labelKeys are the keys of a label written as a mapping.
var labelKeys = []string{"name", "renamed_from"}

// renamedFrom reads a renamed_from annotation: the object's previous name.
func (r *reader) renamedFrom(n *yaml.Node, path string) (string, error) {
	v, err := r.deref(n, path)
	if err != nil {
		return "", err
	}
	if v.Kind != yaml.ScalarNode || isNull(v) || v.Value == "" {
		return "", r.errorf(v, path, "got %s; expected the object's previous name, e.g. renamed_from: old_name", describe(v))
	}
	return v.Value, nil
}

// using reads a column's using annotation: the SQL expression that
// converts its values when its type changes.
func (r *reader) using(n *yaml.Node, path string) (string, error) {
	v, err := r.deref(n, path)
	if err != nil {
		return "", err
	}
	if v.Kind != yaml.ScalarNode || isNull(v) || strings.TrimSpace(v.Value) == "" {
		return "", r.errorf(v, path, "got %s; expected the SQL expression that converts the column's old values, e.g. using: to_timestamp(created)", describe(v))
	}
	return v.Value, nil
}

// labels reads an enum's labels into e: each a string, or a mapping
// {name: label, renamed_from: old} for a label renamed in place.
func (r *reader) labels(n *yaml.Node, path string, e *model.Enum) error {
	n, err := r.deref(n, path)
	if err != nil {
		return err
	}
	if n.Kind != yaml.SequenceNode {
		return r.errorf(n, path, "got %s; expected a sequence of labels", describe(n))
	}
	e.Labels, e.LabelRenames = nil, nil
	for i, item := range n.Content {
		at := fmt.Sprintf("%s[%d]", path, i)
		item, err := r.deref(item, at)
		if err != nil {
			return err
		}
		if item.Kind != yaml.MappingNode {
			l, err := r.name(item, at)
			if err != nil {
				return err
			}
			e.Labels = append(e.Labels, l)
			continue
		}
		attrs, err := r.mapping(item, at, "a label or {name: label, renamed_from: old}", labelKeys)
		if err != nil {
			return err
		}
		var rn model.LabelRename
		for _, a := range attrs {
			switch a.key {
			case "name":
				rn.Label, err = r.name(a.value, a.path)
			case "renamed_from":
				rn.From, err = r.renamedFrom(a.value, a.path)
			}
			if err != nil {
				return err
			}
		}
		if rn.Label == "" {
			return r.errorf(item, at, "missing key \"name\"; expected the label, e.g. {name: blueberry, renamed_from: banana}")
		}
		e.Labels = append(e.Labels, rn.Label)
		if rn.From != "" {
			e.LabelRenames = append(e.LabelRenames, rn)
		}
	}
	sort.Slice(e.LabelRenames, func(i, j int) bool { return e.LabelRenames[i].Label < e.LabelRenames[j].Label })
	return nil
}

// removedLabels reads removed_labels: a mapping of each removed label to
// the label its rows take, e.g. {banana: apple}.
func (r *reader) removedLabels(n *yaml.Node, path string) ([]model.RemovedLabel, error) {
	fields, err := r.mapping(n, path, "a mapping of removed labels to the label their rows take, e.g. {banana: apple}", nil)
	if err != nil {
		return nil, err
	}
	var out []model.RemovedLabel
	for _, f := range fields {
		to, err := r.name(f.value, f.path)
		if err != nil {
			return nil, err
		}
		out = append(out, model.RemovedLabel{Label: f.key, To: to})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out, nil
}

// labelsNode writes an enum's labels, a renamed one as {name, renamed_from}.
func labelsNode(e model.Enum) *yaml.Node {
	if len(e.LabelRenames) == 0 {
		return strSeq(e.Labels)
	}
	from := map[string]string{}
	for _, rn := range e.LabelRenames {
		from[rn.Label] = rn.From
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, l := range e.Labels {
		if old, ok := from[l]; ok {
			m := newMap(true)
			m.str("name", l)
			m.str("renamed_from", old)
			seq.Content = append(seq.Content, m.n)
			continue
		}
		seq.Content = append(seq.Content, strNode(l))
	}
	return seq
}

// removedLabelsNode writes removed_labels as a flow mapping.
func removedLabelsNode(list []model.RemovedLabel) *yaml.Node {
	m := newMap(true)
	for _, rl := range list {
		m.str(rl.Label, rl.To)
	}
	return m.n
}
