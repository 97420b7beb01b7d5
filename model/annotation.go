package model

import "reflect"

// Annotations are what a desired model says about how to get there, not
// about the schema itself: the RenamedFrom fields, a column's Using and an
// enum's LabelRenames and RemovedLabels. Introspection never produces them, and a
// comparison does not count them as differences.

// Annotated reports whether s carries any annotation.
func (s *Schema) Annotated() bool {
	found := false
	s.eachAnnotation(func(_ string, renamedFrom *string) { found = found || *renamedFrom != "" }, func(e *Enum) {
		found = found || len(e.LabelRenames) > 0 || len(e.RemovedLabels) > 0
	})
	return found
}

// StripAnnotations removes every annotation from s.
func (s *Schema) StripAnnotations() {
	s.eachAnnotation(func(_ string, renamedFrom *string) { *renamedFrom = "" }, func(e *Enum) {
		e.LabelRenames, e.RemovedLabels = nil, nil
	})
}

// CopyAnnotations sets on the objects of s the annotations of the objects
// of the same kind and name in src. A model written by hand is read back
// from a scratch database to compare it; this carries its annotations
// over.
func (s *Schema) CopyAnnotations(src *Schema) {
	renamed := map[string]string{}
	enums := map[QualifiedName]*Enum{}
	src.eachAnnotation(func(key string, renamedFrom *string) {
		if *renamedFrom != "" {
			renamed[key] = *renamedFrom
		}
	}, func(e *Enum) { enums[e.QualifiedName()] = e })
	s.eachAnnotation(func(key string, renamedFrom *string) {
		if v, ok := renamed[key]; ok {
			*renamedFrom = v
		}
	}, func(e *Enum) {
		if a := enums[e.QualifiedName()]; a != nil {
			e.LabelRenames = append([]LabelRename(nil), a.LabelRenames...)
			e.RemovedLabels = append([]RemovedLabel(nil), a.RemovedLabels...)
		}
	})
}

// eachAnnotation calls renamed with every annotation held in a string (the
// RenamedFrom field of every object that has one, a column's Using) and a
// key naming the field (kind, object and, for Using, "using"), and enum
// with every enum.
func (s *Schema) eachAnnotation(renamed func(key string, field *string), enum func(*Enum)) {
	for i := range s.Namespaces {
		renamed("schema "+s.Namespaces[i].Name, &s.Namespaces[i].RenamedFrom)
	}
	for i := range s.Enums {
		renamed("enum "+s.Enums[i].QualifiedName().String(), &s.Enums[i].RenamedFrom)
		enum(&s.Enums[i])
	}
	for i := range s.Domains {
		renamed("domain "+s.Domains[i].QualifiedName().String(), &s.Domains[i].RenamedFrom)
	}
	for i := range s.Composites {
		renamed("composite "+s.Composites[i].QualifiedName().String(), &s.Composites[i].RenamedFrom)
	}
	for i := range s.Tables {
		t := &s.Tables[i]
		q := t.QualifiedName().String()
		renamed("table "+q, &t.RenamedFrom)
		for j := range t.Columns {
			renamed("column "+q+" "+t.Columns[j].Name, &t.Columns[j].RenamedFrom)
			renamed("using column "+q+" "+t.Columns[j].Name, &t.Columns[j].Using)
		}
		for j := range t.Constraints {
			renamed("constraint "+q+" "+t.Constraints[j].Name, &t.Constraints[j].RenamedFrom)
		}
		for j := range t.Indexes {
			renamed("index "+q+" "+t.Indexes[j].Name, &t.Indexes[j].RenamedFrom)
		}
	}
	for i := range s.Views {
		v := &s.Views[i]
		q := v.QualifiedName().String()
		renamed("view "+q, &v.RenamedFrom)
		for j := range v.Indexes {
			renamed("index "+q+" "+v.Indexes[j].Name, &v.Indexes[j].RenamedFrom)
		}
	}
}

// Clone returns a deep copy of s: nothing reachable from the copy is
// shared with s. Nil and empty slices and maps stay as they are.
func (s *Schema) Clone() *Schema {
	c := deepCopy(reflect.ValueOf(s))
	return c.Interface().(*Schema)
}

func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Elem().Type())
		p.Elem().Set(deepCopy(v.Elem()))
		return p
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			out.Field(i).Set(deepCopy(v.Field(i)))
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(deepCopy(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(iter.Key(), deepCopy(iter.Value()))
		}
		return out
	}
	return v
}
