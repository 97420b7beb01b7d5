package yamlmodel

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxAliasNodes bounds how many nodes aliases may expand to in one
// document, so that a small document cannot expand into a huge model.
const maxAliasNodes = 20000

// A reader walks the yaml.Node tree of one file.
type reader struct {
	file         string
	aliasedNodes int // nodes expanded through aliases so far
}

// errorf returns a *Error at n.
func (r *reader) errorf(n *yaml.Node, path, format string, args ...any) error {
	return &Error{File: r.file, Line: n.Line, Column: n.Column, Path: path, Message: fmt.Sprintf(format, args...)}
}

// deref follows aliases.
func (r *reader) deref(n *yaml.Node, path string) (*yaml.Node, error) {
	for n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			return nil, r.errorf(n, path, "unknown alias")
		}
		r.aliasedNodes += size(n.Alias, maxAliasNodes-r.aliasedNodes+1)
		if r.aliasedNodes > maxAliasNodes {
			return nil, r.errorf(n, path, "aliases expand to more than %d nodes; write the values out", maxAliasNodes)
		}
		n = n.Alias
	}
	return n, nil
}

// size counts the nodes of the tree at n, aliases included, stopping once
// the count reaches limit.
func size(n *yaml.Node, limit int) int {
	count := 1
	for _, c := range n.Content {
		if count >= limit {
			break
		}
		if c.Kind == yaml.AliasNode && c.Alias != nil {
			c = c.Alias
		}
		count += size(c, limit-count)
	}
	return count
}

// A field is one key: value pair of a mapping.
type field struct {
	key   string
	keyN  *yaml.Node
	value *yaml.Node
	path  string // path of the value
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// describe names the YAML type of n for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a sequence"
	case yaml.DocumentNode:
		return "a document"
	}
	switch n.ShortTag() {
	case "!!null":
		return "null"
	case "!!bool":
		return "a boolean"
	case "!!int":
		return "an integer"
	case "!!float":
		return "a number"
	case "!!str":
		return "a string"
	}
	return "a " + strings.TrimPrefix(n.ShortTag(), "!!") + " value"
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// mapping returns the fields of a mapping (null counts as an empty one),
// rejecting duplicate keys and, when allowed is not nil, keys not in it.
func (r *reader) mapping(n *yaml.Node, path, expected string, allowed []string) ([]field, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return nil, err
	}
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, r.errorf(n, path, "got %s; expected %s", describe(n), expected)
	}
	seen := map[string]*yaml.Node{}
	var out []field
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, err := r.deref(n.Content[i], path)
		if err != nil {
			return nil, err
		}
		if k.Kind != yaml.ScalarNode || isNull(k) {
			return nil, r.errorf(k, path, "got %s as a key; expected a name", describe(k))
		}
		if k.Value == "<<" && k.ShortTag() == "!!merge" {
			return nil, r.errorf(k, path, "merge keys (<<) are not supported; write the keys out")
		}
		if first, dup := seen[k.Value]; dup {
			return nil, r.errorf(k, path, "duplicate key %q; first at line %d, column %d", k.Value, first.Line, first.Column)
		}
		seen[k.Value] = k
		if allowed != nil && !contains(allowed, k.Value) {
			return nil, r.errorf(k, path, "unknown key %q; expected one of %s", k.Value, strings.Join(allowed, ", "))
		}
		out = append(out, field{key: k.Value, keyN: k, value: n.Content[i+1], path: join(path, k.Value)})
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// str returns a scalar's text: strings, numbers and booleans are all taken
// as written (version: 1.10 is "1.10"); null and collections are errors.
func (r *reader) str(n *yaml.Node, path string) (string, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return "", err
	}
	if n.Kind != yaml.ScalarNode || isNull(n) {
		return "", r.errorf(n, path, "got %s; expected a string", describe(n))
	}
	return n.Value, nil
}

// name is str that also rejects the empty string.
func (r *reader) name(n *yaml.Node, path string) (string, error) {
	s, err := r.str(n, path)
	if err == nil && s == "" {
		n, _ = r.deref(n, path)
		err = r.errorf(n, path, "got an empty string; expected a name")
	}
	return s, err
}

func (r *reader) boolean(n *yaml.Node, path string) (bool, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return false, err
	}
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		return false, r.errorf(n, path, "got %s; expected true or false", describe(n))
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		return false, r.errorf(n, path, "got %q; expected true or false", n.Value)
	}
	return b, nil
}

func (r *reader) integer(n *yaml.Node, path string) (int64, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return 0, err
	}
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		return 0, r.errorf(n, path, "got %s; expected an integer", describe(n))
	}
	var i int64
	if err := n.Decode(&i); err != nil {
		return 0, r.errorf(n, path, "got %q; expected an integer that fits in 64 bits", n.Value)
	}
	return i, nil
}

// statistics returns a column's statistics target.
func (r *reader) statistics(n *yaml.Node, path string) (*int, error) {
	v, err := r.integer(n, path)
	if err != nil {
		return nil, err
	}
	s := int(v)
	return &s, nil
}

// strings returns a sequence of strings; an empty sequence gives nil.
func (r *reader) strings(n *yaml.Node, path, what string) ([]string, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return nil, err
	}
	if n.Kind != yaml.SequenceNode {
		return nil, r.errorf(n, path, "got %s; expected a sequence of %s", describe(n), what)
	}
	var out []string
	for i, item := range n.Content {
		s, err := r.name(item, fmt.Sprintf("%s[%d]", path, i))
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// enum maps a scalar to one of the given values.
func enumValue[T any](r *reader, n *yaml.Node, path string, names []string, values []T) (T, error) {
	var zero T
	s, err := r.str(n, path)
	if err != nil {
		return zero, err
	}
	for i, name := range names {
		if s == name {
			return values[i], nil
		}
	}
	n, _ = r.deref(n, path)
	return zero, r.errorf(n, path, "bad value %q; expected one of %s", s, strings.Join(names, ", "))
}

// options turns a mapping of storage parameters into sorted "name=value"
// strings; nil when empty.
func (r *reader) options(n *yaml.Node, path string) ([]string, error) {
	fields, err := r.mapping(n, path, "a mapping of storage parameters (e.g. {fillfactor: 70})", nil)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range fields {
		v, err := r.deref(f.value, f.path)
		if err != nil {
			return nil, err
		}
		if v.Kind != yaml.ScalarNode || isNull(v) {
			return nil, r.errorf(v, f.path, "got %s; expected a scalar value", describe(v))
		}
		out = append(out, f.key+"="+v.Value)
	}
	return sortedOrNil(out), nil
}

func pos(file string, line, column int) string {
	return file + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(column)
}
