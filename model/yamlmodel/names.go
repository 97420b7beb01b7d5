package yamlmodel

import (
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// qualified reads a qualified name: "schema.name", "name" (then schema is
// defaultSchema), or {schema: s, name: n} for names containing dots.
func (r *reader) qualified(n *yaml.Node, path, defaultSchema string) (model.QualifiedName, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return model.QualifiedName{}, err
	}
	if n.Kind == yaml.MappingNode {
		fields, err := r.mapping(n, path, "a mapping", []string{"schema", "name"})
		if err != nil {
			return model.QualifiedName{}, err
		}
		q := model.QualifiedName{Schema: defaultSchema}
		for _, f := range fields {
			v, err := r.name(f.value, f.path)
			if err != nil {
				return model.QualifiedName{}, err
			}
			if f.key == "schema" {
				q.Schema = v
			} else {
				q.Name = v
			}
		}
		if q.Name == "" {
			return model.QualifiedName{}, r.errorf(n, path, "missing key \"name\"; expected {schema: s, name: n}")
		}
		return q, nil
	}
	if n.Kind != yaml.ScalarNode || isNull(n) {
		return model.QualifiedName{}, r.errorf(n, path, "got %s; expected schema.name, name or {schema: s, name: n}", describe(n))
	}
	parts := strings.Split(n.Value, ".")
	bad := len(parts) > 2
	for _, p := range parts {
		bad = bad || p == ""
	}
	if bad {
		return model.QualifiedName{}, r.errorf(n, path, "bad qualified name %q; expected schema.name, name or {schema: s, name: n} (for names containing dots)", n.Value)
	}
	if len(parts) == 1 {
		return model.QualifiedName{Schema: defaultSchema, Name: parts[0]}, nil
	}
	return model.QualifiedName{Schema: parts[0], Name: parts[1]}, nil
}

// columnRef reads owned_by: table.column, schema.table.column or
// {schema: s, table: t, column: c}.
func (r *reader) columnRef(n *yaml.Node, path, defaultSchema string) (*model.ColumnRef, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return nil, err
	}
	ref := &model.ColumnRef{Table: model.QualifiedName{Schema: defaultSchema}}
	if n.Kind == yaml.MappingNode {
		fields, err := r.mapping(n, path, "a mapping", []string{"schema", "table", "column"})
		if err != nil {
			return nil, err
		}
		for _, f := range fields {
			v, err := r.name(f.value, f.path)
			if err != nil {
				return nil, err
			}
			switch f.key {
			case "schema":
				ref.Table.Schema = v
			case "table":
				ref.Table.Name = v
			case "column":
				ref.Column = v
			}
		}
		if ref.Table.Name == "" || ref.Column == "" {
			return nil, r.errorf(n, path, "missing key \"table\" or \"column\"; expected {schema: s, table: t, column: c}")
		}
		return ref, nil
	}
	if n.Kind != yaml.ScalarNode || isNull(n) {
		return nil, r.errorf(n, path, "got %s; expected table.column, schema.table.column or {schema: s, table: t, column: c}", describe(n))
	}
	parts := strings.Split(n.Value, ".")
	bad := len(parts) < 2 || len(parts) > 3
	for _, p := range parts {
		bad = bad || p == ""
	}
	if bad {
		return nil, r.errorf(n, path, "bad column reference %q; expected table.column, schema.table.column or {schema: s, table: t, column: c}", n.Value)
	}
	if len(parts) == 3 {
		ref.Table.Schema, parts = parts[0], parts[1:]
	}
	ref.Table.Name, ref.Column = parts[0], parts[1]
	return ref, nil
}

// integerTypes are the sequence types, with the spellings PostgreSQL
// accepts for them.
var integerTypes = map[string]string{
	"smallint": "smallint", "int2": "smallint",
	"integer": "integer", "int": "integer", "int4": "integer",
	"bigint": "bigint", "int8": "bigint",
}

// sequenceDefaults returns the default min, max and start of a sequence of
// type typ with the given increment, when min and max (if not nil) are
// given: PostgreSQL's CREATE SEQUENCE rules.
func sequenceDefaults(typ string, increment int64, min, max *int64) (int64, int64, int64) {
	dmin, dmax := model.SequenceBounds(typ, increment)
	if min != nil {
		dmin = *min
	}
	if max != nil {
		dmax = *max
	}
	start := dmin
	if increment < 0 {
		start = dmax
	}
	return dmin, dmax, start
}

// balanced reports whether every parenthesis and quote of expr is closed.
func balanced(expr string) bool {
	depth := 0
	var quote byte
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '(':
			depth++
		case ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0 && quote == 0
}

// functionCall reports whether expr is a bare function call, name(...) or
// schema.name(...), which CREATE INDEX accepts without parentheses and
// pg_get_indexdef prints without them.
func functionCall(expr string) bool {
	open := strings.IndexByte(expr, '(')
	if open <= 0 || sqlident.MatchingParen(expr, open) != len(expr)-1 {
		return false
	}
	for _, part := range strings.Split(expr[:open], ".") {
		if !identifier(part) {
			return false
		}
	}
	return true
}

// identifier reports whether s is a plain or double-quoted SQL identifier.
func identifier(s string) bool {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return !strings.Contains(strings.ReplaceAll(s[1:len(s)-1], `""`, ""), `"`)
	}
	if s == "" || (s[0] >= '0' && s[0] <= '9') || s[0] == '$' {
		return false
	}
	for _, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
			return false
		}
	}
	return true
}

// indexExpression returns an index key expression in the form CREATE
// INDEX needs and pg_get_indexdef prints: parenthesized, unless it is
// already enclosed in parentheses or is a bare function call.
func indexExpression(expr string) string {
	expr = strings.TrimSpace(expr)
	if sqlident.Enclosed(expr) || functionCall(expr) || !balanced(expr) {
		return expr // unbalanced: PostgreSQL will say what is wrong
	}
	return "(" + expr + ")"
}

// typeRef parses the qualified name of a column type as format_type
// prints it ("public.mood", "app.\"My Type\"[]"); ok is false when the type
// is not a qualified name.
func typeRef(typ string) (model.QualifiedName, bool) {
	typ = strings.TrimSpace(typ)
	for strings.HasSuffix(typ, "[]") {
		typ = strings.TrimSpace(strings.TrimSuffix(typ, "[]"))
	}
	var parts []string
	for typ != "" {
		var part string
		if typ[0] == '"' {
			end := 1
			for {
				i := strings.IndexByte(typ[end:], '"')
				if i < 0 {
					return model.QualifiedName{}, false
				}
				end += i + 1
				if end < len(typ) && typ[end] == '"' {
					end++
					continue
				}
				break
			}
			part = strings.ReplaceAll(typ[1:end-1], `""`, `"`)
			typ = typ[end:]
		} else {
			end := strings.IndexByte(typ, '.')
			if end < 0 {
				end = len(typ)
			}
			part = typ[:end]
			if !identifier(part) {
				return model.QualifiedName{}, false
			}
			typ = typ[end:]
		}
		parts = append(parts, part)
		if typ == "" {
			break
		}
		if typ[0] != '.' || len(typ) == 1 {
			return model.QualifiedName{}, false
		}
		typ = typ[1:]
	}
	if len(parts) != 2 {
		return model.QualifiedName{}, false
	}
	return model.QualifiedName{Schema: parts[0], Name: parts[1]}, true
}

func sortedOrNil(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	sort.Strings(ss)
	return ss
}
