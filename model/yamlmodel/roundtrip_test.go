package yamlmodel_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/model/yamlmodel"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestYAMLRoundTripCorpus encodes every corpus schema as introspection
// reads it, decodes the YAML and requires the same model, apart from the
// fields the YAML does not carry.
func TestYAMLRoundTripCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the corpus")
	}
	dirs, err := filepath.Glob(filepath.Join(pgtest.CorpusSource(t), "*", "schema.sql"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus schemas: %v", err)
	}
	for _, d := range dirs {
		name := filepath.Base(filepath.Dir(d))
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			url := pgtest.LoadCorpus(t, name)
			want, err := introspect.Schema(context.Background(), pgtest.Connect(t, url), introspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			data, err := yamlmodel.Encode(want)
			if err != nil {
				t.Fatal(err)
			}
			got, err := yamlmodel.Decode(name+".yaml", data)
			if err != nil {
				t.Fatal(err)
			}
			again, err := yamlmodel.Encode(got)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(string(withoutComment(data)), string(again)); d != "" {
				t.Errorf("encode(decode(yaml)) differs (-first +second):\n%s", d)
			}
			stripDerived(want)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("decode(encode(s)) differs (-introspected +decoded):\n%s", d)
			}
		})
	}
}

// withoutComment drops the leading comment block listing unmanaged objects.
func withoutComment(data []byte) []byte {
	for len(data) > 0 && data[0] == '#' {
		i := 0
		for i < len(data) && data[i] != '\n' {
			i++
		}
		data = data[min(i+1, len(data)):]
	}
	return data
}

// stripDerived clears what the YAML does not carry: Unmanaged, the columns
// an index or a check uses, type references to anything but an enum, a
// domain, a composite, range or multirange type of the model, what every
// object depends on, the function a trigger calls, and the types of a view's columns (and the
// columns themselves when they have no comment).
func stripDerived(s *model.Schema) {
	s.Unmanaged = nil
	s.Major = 0 // where the schema was read, which a model does not say
	*s = *s.Portable()
	types := map[model.QualifiedName]bool{}
	for _, e := range s.Enums {
		types[e.QualifiedName()] = true
	}
	for i := range s.Domains {
		types[s.Domains[i].QualifiedName()] = true
		s.Domains[i].Depends = nil
	}
	for i := range s.Composites {
		types[s.Composites[i].QualifiedName()] = true
		s.Composites[i].Depends = nil
	}
	for i := range s.Ranges {
		r := &s.Ranges[i]
		types[r.QualifiedName()] = true
		types[model.QualifiedName{Schema: r.Schema, Name: r.MultirangeName()}] = true
		r.Depends = nil
	}
	for i := range s.Functions {
		s.Functions[i].Depends = nil
	}
	for i := range s.Tables {
		t := &s.Tables[i]
		for j := range t.Columns {
			if !types[t.Columns[j].TypeRef] {
				t.Columns[j].TypeRef = model.QualifiedName{}
			}
		}
		stripIndexes(t.Indexes)
		for j := range t.Constraints {
			if t.Constraints[j].Kind == model.Check {
				t.Constraints[j].Columns = nil
			}
		}
		stripTriggers(t.Triggers)
		for j := range t.Rules {
			t.Rules[j].Depends = nil
		}
	}
	for i := range s.Views {
		v := &s.Views[i]
		v.Depends = nil
		var cols []model.ViewColumn
		for _, c := range v.Columns {
			if c.Comment != "" {
				cols = append(cols, model.ViewColumn{Name: c.Name, Comment: c.Comment})
			}
		}
		v.Columns = cols
		stripIndexes(v.Indexes)
		stripTriggers(v.Triggers)
		for j := range v.Rules {
			v.Rules[j].Depends = nil
		}
	}
}

func stripIndexes(indexes []model.Index) {
	for i := range indexes {
		indexes[i].Columns = nil
	}
}

func stripTriggers(triggers []model.Trigger) {
	for i := range triggers {
		triggers[i].Function = model.Ref{}
	}
}
