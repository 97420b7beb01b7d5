package yamlmodel

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// A schemaObject ties a mapping of the YAML model, found in schema.json at
// a path, to the keys the decoder accepts there.
type schemaObject struct {
	// at is the path in schema.json: property names, "*" for any name
	// (additionalProperties), "[]" for an item; "{key}" picks the oneOf
	// branch that has the property key (a constraint's kind).
	at string
	// list names the decoder's key list, for TestSchemaJSONCoversKeyLists.
	list string
	keys []string
}

// schemaObjects are every mapping of the YAML model. The keys come from the
// decoder: its key lists, and what it says it expects when it meets an
// unknown key where the list is written in place (decodedKeys).
func schemaObjects(t *testing.T) []schemaObject {
	qualified := decodedKeys(t, "schemas: {s: {tables: {t: {inherits: [{zz_unknown: 1}]}}}}")
	columnRef := decodedKeys(t, "schemas: {s: {sequences: {q: {owned_by: {zz_unknown: 1}}}}}")
	objects := []schemaObject{
		{"", "topKeys", topKeys},
		{"extensions/*", "extensionKeys", extensionKeys},
		{"privileges", "privilegesKeys", privilegesKeys},
		{"privileges/schemas/*", "privSchemaKeys", privSchemaKeys},
		{"privileges/schemas/*/tables/*", "privRelationKeys", privRelationKeys},
		{"privileges/schemas/*/tables/*/columns/*", "privColumnKeys", privColumnKeys},
		{"privileges/schemas/*/functions/*", "privObjectKeys", privObjectKeys},
		{"privileges/default_privileges/[]", "defaultPrivilegeKeys", defaultPrivilegeKeys},
		{"schemas/*", "schemaKeys", schemaKeys},
		{"schemas/*/collations/*", "collationKeys", collationKeys},
		{"schemas/*/ranges/*", "rangeKeys", rangeKeys},
		{"schemas/*/ranges/*/collation", "qualified", qualified},
		{"schemas/*/text_search_dictionaries/*", "tsDictionaryKeys", tsDictionaryKeys},
		{"schemas/*/text_search_configs/*", "tsConfigKeys", tsConfigKeys},
		{"schemas/*/statistics/*", "statisticsKeys", statisticsKeys},
		{"schemas/*/statistics/*/table", "qualified", qualified},
		{"schemas/*/enums/*", "enumKeys", enumKeys},
		{"schemas/*/enums/*/[]", "labelKeys", labelKeys},
		{"schemas/*/enums/*/labels/[]", "labelKeys", labelKeys},
		{"schemas/*/domains/*", "domainKeys", domainKeys},
		{"schemas/*/domains/*/collation", "qualified", qualified},
		{"schemas/*/domains/*/checks/*", "domainCheckKeys", domainCheckKeys},
		{"schemas/*/composites/*", "compositeKeys", compositeKeys},
		{"schemas/*/composites/*/attributes/*", "attributeKeys", attributeKeys},
		{"schemas/*/composites/*/attributes/*/collation", "qualified", qualified},
		{"schemas/*/sequences/*", "sequenceKeys", sequenceKeys},
		{"schemas/*/sequences/*/owned_by", "columnRef", columnRef},
		{"schemas/*/functions/*", "functionKeys", functionKeys},
		{"schemas/*/tables/*", "tableKeys", tableKeys},
		{"schemas/*/tables/*/inherits/[]", "qualified", qualified},
		{"schemas/*/tables/*/columns/*", "columnKeys", columnKeys},
		{"schemas/*/tables/*/columns/*/collation", "qualified", qualified},
		{"schemas/*/tables/*/columns/*/sequence", "identSeqKeys", identSeqKeys},
		{"schemas/*/tables/*/columns/*/sequence/name", "qualified", qualified},
		{"schemas/*/tables/*/inherited_columns/*", "inheritedColumnKeys", inheritedColumnKeys},
		{"schemas/*/tables/*/constraints/*/{foreign_key}/references", "qualified", qualified},
		{"schemas/*/tables/*/triggers/*", "triggerKeys", triggerKeys},
		{"schemas/*/tables/*/policies/*", "policyKeys", policyKeys},
		{"schemas/*/tables/*/rules/*", "tableRuleKeys", tableRuleKeys},
		{"schemas/*/views/*", "viewKeys", viewKeys},
		{"schemas/*/views/*/columns/*", "viewColumnKeys", viewColumnKeys},
		{"schemas/*/views/*/triggers/*", "triggerKeys", triggerKeys},
		{"schemas/*/views/*/rules/*", "viewRuleKeys", viewRuleKeys},
	}
	for i, kind := range kindKeys {
		objects = append(objects, schemaObject{"schemas/*/tables/*/constraints/*/{" + kind + "}", "constraintKeys", allowedConstraintKeys(kindValues[i])})
	}
	for _, rel := range []string{"tables", "views"} {
		base := "schemas/*/" + rel + "/*/indexes/*"
		objects = append(objects,
			schemaObject{base, "indexKeys", indexKeys},
			schemaObject{base + "/keys/[]", "indexKeyKeys", indexKeyKeys},
			schemaObject{base + "/keys/[]/collation", "qualified", qualified},
			schemaObject{base + "/keys/[]/opclass", "qualified", qualified})
	}
	return objects
}

// decodedKeys decodes doc, which holds the key zz_unknown where the
// decoder writes its list of keys in place, and returns the keys its error
// says it expects.
func decodedKeys(t *testing.T, doc string) []string {
	t.Helper()
	_, err := Decode("probe.yaml", []byte(doc))
	const expect = "; expected one of "
	if err == nil || !strings.Contains(err.Error(), `unknown key "zz_unknown"`+expect) {
		t.Fatalf("decoding %s: got %v, want an unknown key error listing the keys expected", doc, err)
	}
	_, list, _ := strings.Cut(err.Error(), expect)
	return strings.Split(list, ", ")
}

// TestSchemaJSONKeys requires model/yamlmodel/schema.json (what editors validate the
// YAML model with) to allow exactly the keys the decoder accepts, in every
// mapping, and to describe no mapping this test does not check.
func TestSchemaJSONKeys(t *testing.T) {
	var root any
	if err := json.Unmarshal(JSONSchema, &root); err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	s := &jsonSchema{root: root.(map[string]any)}
	checked := map[uintptr]bool{}
	for _, o := range schemaObjects(t) {
		node, err := s.find(o.at)
		if err != nil {
			t.Errorf("schema.json %q: %v", o.at, err)
			continue
		}
		checked[reflect.ValueOf(node).Pointer()] = true
		var props []string
		for k := range node["properties"].(map[string]any) {
			props = append(props, k)
		}
		if extra, missing := setDiff(props, o.keys), setDiff(o.keys, props); len(extra)+len(missing) > 0 {
			t.Errorf("schema.json %q: keys the decoder does not accept %v; keys the decoder accepts (%s) missing %v",
				o.at, extra, o.list, missing)
		}
		if node["additionalProperties"] != false {
			t.Errorf("schema.json %q: additionalProperties is not false, so an editor takes any key", o.at)
		}
	}
	s.walk(s.root, "", func(node map[string]any, path string) {
		if _, ok := node["properties"]; ok && !checked[reflect.ValueOf(node).Pointer()] {
			t.Errorf("schema.json %s: a mapping no entry of schemaObjects checks; add one with the decoder's keys for it", path)
		}
	})
}

// TestSchemaJSONCoversKeyLists requires every key list of the decoder
// (a package-level []string named ...Keys) to be checked against
// schema.json by schemaObjects, or to be named in notMappings.
func TestSchemaJSONCoversKeyLists(t *testing.T) {
	notMappings := map[string]string{
		"kindKeys":          "a constraint's kind keys, checked through allowedConstraintKeys",
		"commonKeys":        "part of every constraint kind's keys (allowedConstraintKeys)",
		"allConstraintKeys": "the union of the constraint kinds' keys, for messages",
		"defaultKindKeys":   "values of default_privileges' objects, not keys",
	}
	used := map[string]bool{}
	for _, o := range schemaObjects(t) {
		used[o.list] = true
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				for _, id := range spec.(*ast.ValueSpec).Names {
					if !strings.HasSuffix(id.Name, "Keys") || used[id.Name] || notMappings[id.Name] != "" {
						continue
					}
					t.Errorf("%s: key list %s is checked against no mapping of schema.json; add it to schemaObjects (or to notMappings, saying why)",
						fset.Position(id.Pos()), id.Name)
				}
			}
		}
	}
}

// A jsonSchema is schema.json decoded, to be searched by path.
type jsonSchema struct{ root map[string]any }

// find returns the object schema (a node with properties) at path (see
// schemaObject.at).
func (s *jsonSchema) find(path string) (map[string]any, error) {
	node := s.root
	steps := []string{}
	if path != "" {
		steps = strings.Split(path, "/")
	}
	for i, step := range steps {
		next := ""
		if i+1 < len(steps) {
			next = steps[i+1]
		}
		branch, err := s.branch(node, step)
		if err != nil {
			return nil, err
		}
		var child any
		switch step {
		case "*":
			child = branch["additionalProperties"]
		case "[]":
			child = branch["items"]
		default:
			if strings.HasPrefix(step, "{") {
				child = branch
				break
			}
			child = branch["properties"].(map[string]any)[step]
		}
		m, ok := child.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("no %q", strings.Join(steps[:i+1], "/"))
		}
		node = s.resolve(m)
		if next == "" {
			node, err = s.branch(node, "")
			if err != nil {
				return nil, err
			}
		}
	}
	return node, nil
}

// branch returns the alternative of node (itself, or one of its oneOf or
// anyOf, references resolved) that step can go into: the one with
// additionalProperties as a schema for "*", items for "[]", the property
// key for "{key}" or key; with properties for "".
func (s *jsonSchema) branch(node map[string]any, step string) (map[string]any, error) {
	candidates := []map[string]any{node}
	for _, k := range []string{"oneOf", "anyOf"} {
		if alts, ok := node[k].([]any); ok {
			for _, a := range alts {
				candidates = append(candidates, s.resolve(a.(map[string]any)))
			}
		}
	}
	var found []map[string]any
	for _, c := range candidates {
		props, _ := c["properties"].(map[string]any)
		var ok bool
		switch {
		case step == "*":
			_, ok = c["additionalProperties"].(map[string]any)
		case step == "[]":
			_, ok = c["items"].(map[string]any)
		case step == "":
			ok = props != nil
		default:
			_, ok = props[strings.Trim(step, "{}")]
		}
		if ok {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return nil, fmt.Errorf("%d alternatives fit %q, want 1", len(found), step)
	}
	return found[0], nil
}

// resolve follows a $ref to #/$defs.
func (s *jsonSchema) resolve(node map[string]any) map[string]any {
	if ref, ok := node["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		return s.root["$defs"].(map[string]any)[name].(map[string]any)
	}
	return node
}

// walk calls f on every object of the schema below node.
func (s *jsonSchema) walk(node any, path string, f func(map[string]any, string)) {
	switch n := node.(type) {
	case map[string]any:
		f(n, path)
		keys := make([]string, 0, len(n))
		for k := range n {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s.walk(n[k], path+"/"+k, f)
		}
	case []any:
		for i, v := range n {
			s.walk(v, fmt.Sprintf("%s[%d]", path, i), f)
		}
	}
}

// setDiff returns the items of a not in b, sorted.
func setDiff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}
