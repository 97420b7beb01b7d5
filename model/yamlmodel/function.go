package yamlmodel

import (
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

var (
	functionKeys       = []string{"kind", "arguments", "result", "definition", "comment"}
	functionKindNames  = []string{"function", "procedure", "aggregate", "window"}
	functionKindValues = []model.FunctionKind{model.PlainFunction, model.Procedure, model.Aggregate, model.WindowFunction}

	// createProcedure and createAggregate match a definition that creates
	// a procedure or an aggregate.
	createProcedure = regexp.MustCompile(`(?i)^\s*CREATE\s+(OR\s+REPLACE\s+)?PROCEDURE\b`)
	createAggregate = regexp.MustCompile(`(?i)^\s*CREATE\s+(OR\s+REPLACE\s+)?AGGREGATE\b`)
)

func (d *decoded) functions(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of function signatures, name(arguments)", nil)
	if err != nil {
		return err
	}
	for _, ff := range fields {
		fn, err := r.function(ff, schema)
		if err != nil {
			return err
		}
		name := schema + "." + ff.key
		if err := d.define(r, "function "+name, ff.keyN, ff.path, "function "+name); err != nil {
			return err
		}
		d.s.Functions = append(d.s.Functions, fn)
	}
	return nil
}

// function reads one function or procedure; its key is its signature.
func (r *reader) function(f field, schema string) (model.Function, error) {
	fn := model.Function{Schema: schema}
	name, args, ok := splitSignature(f.key)
	if !ok {
		return fn, r.errorf(f.keyN, f.path, "bad function signature %q; expected name(identity arguments), e.g. \"add(integer, integer)\"", f.key)
	}
	fn.Name, fn.IdentityArguments = name, args
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return fn, err
	}
	attrs, err := r.mapping(v, f.path, "a mapping", functionKeys)
	if err != nil {
		return fn, err
	}
	kindWritten := false
	for _, a := range attrs {
		switch a.key {
		case "kind":
			kindWritten = true
			fn.Kind, err = enumValue(r, a.value, a.path, functionKindNames, functionKindValues)
		case "arguments":
			fn.Arguments, err = r.str(a.value, a.path)
		case "result":
			fn.Result, err = r.str(a.value, a.path)
		case "definition":
			fn.Definition, err = r.name(a.value, a.path)
		case "comment":
			fn.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return fn, err
		}
	}
	if fn.Definition == "" {
		return fn, r.errorf(v, f.path, "missing key \"definition\"; expected the complete CREATE FUNCTION or CREATE PROCEDURE statement")
	}
	if !kindWritten {
		fn.Kind = inferKind(fn.Definition)
	}
	return fn, nil
}

// inferKind is the kind of a function whose YAML leaves "kind" out: what
// its definition creates. A window function must say so.
func inferKind(definition string) model.FunctionKind {
	switch {
	case createProcedure.MatchString(definition):
		return model.Procedure
	case createAggregate.MatchString(definition):
		return model.Aggregate
	}
	return model.PlainFunction
}

// splitSignature splits "name(arguments)" at the parenthesis that matches
// the final one (scanning back, quotes respected), so that a name may
// itself hold parentheses.
func splitSignature(key string) (name, args string, ok bool) {
	if !strings.HasSuffix(key, ")") {
		return "", "", false
	}
	depth := 0
	var quote byte
	for i := len(key) - 1; i > 0; i-- {
		c := key[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case ')':
			depth++
		case '(':
			if depth--; depth == 0 {
				return key[:i], key[i+1 : len(key)-1], true
			}
		}
	}
	return "", "", false
}

// signature is the inverse of splitSignature: the key of a function.
func signature(fn model.Function) string { return fn.Name + "(" + fn.IdentityArguments + ")" }

// functionNode writes a function's keys: Kind for a procedure (or when the
// definition would make the decoder infer another kind), Arguments and
// Result when known.
func functionNode(fn model.Function) *yaml.Node {
	m := newMap(false)
	if fn.Kind != inferKind(fn.Definition) && int(fn.Kind) < len(functionKindNames) {
		m.str("kind", functionKindNames[fn.Kind])
	}
	m.str("arguments", fn.Arguments)
	m.str("result", fn.Result)
	m.add("definition", textNode(fn.Definition))
	m.str("comment", fn.Comment)
	return m.n
}
