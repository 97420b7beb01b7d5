package diff

import (
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// The rewrites below give f, the copy of from, the names it has once a
// rename step has run: the object's own name, every reference to it
// (qualified names, dependencies, foreign keys, owners of sequences,
// privileges) and the texts PostgreSQL prints with it (types, defaults,
// expressions, definitions), rewritten as PostgreSQL would print them. A
// text the rewrite misses only makes the comparison see a change, such as
// a view re-created: the plan stays valid.

// renameSchema renames the schema src of f to dst.
func (p *renamePass) renameSchema(src, dst string) {
	p.add(Rename{Object: ObjectRef{Kind: KindSchema, Name: src}, To: dst})
	for i := range p.f.Namespaces {
		if p.f.Namespaces[i].Name == src {
			p.f.Namespaces[i].Name = dst
		}
	}
	walkNames(reflect.ValueOf(p.f), "", func(field string, s *string) {
		switch {
		case field == "Schema" && *s == src:
			*s = dst
		case textFields[field]:
			*s = sqlident.RenameSchema(*s, src, dst)
		}
	}, func(sec *model.Securable) {
		if sec.Kind == model.SecurableSchema && sec.Name == src {
			sec.Name = dst
		}
	})
	for k, v := range p.schemas {
		if v == src {
			p.schemas[k] = dst
		}
	}
	p.schemas[src] = dst
}

// textFields are the names of the string fields of the model that hold
// SQL that PostgreSQL printed from its catalog, so that a rename shows in
// them. A function's Definition is not among them (see bodyText).
var textFields = map[string]bool{
	"Type": true, "Default": true, "Generated": true, "Expression": true, "Predicate": true,
	"Definition": true, "Using": true, "WithCheck": true, "Result": true, "Arguments": true,
	"IdentityArguments": true, "Args": true, "Subtype": true,
}

// renameRelation renames the table, view, sequence or type schema.src of f
// to dst.
func (p *renamePass) renameRelation(kind ObjectKind, schema, src, dst string) {
	p.add(Rename{Object: ObjectRef{Kind: kind, Schema: schema, Name: src}, To: dst})
	old := model.QualifiedName{Schema: schema, Name: src}
	setName := func(s, n *string) {
		if *s == schema && *n == src {
			*n = dst
		}
	}
	for i := range p.f.Tables {
		setName(&p.f.Tables[i].Schema, &p.f.Tables[i].Name)
	}
	for i := range p.f.Views {
		setName(&p.f.Views[i].Schema, &p.f.Views[i].Name)
	}
	for i := range p.f.Enums {
		setName(&p.f.Enums[i].Schema, &p.f.Enums[i].Name)
	}
	for i := range p.f.Composites {
		setName(&p.f.Composites[i].Schema, &p.f.Composites[i].Name)
	}
	for i := range p.f.Domains {
		setName(&p.f.Domains[i].Schema, &p.f.Domains[i].Name)
	}
	for i := range p.f.Sequences {
		setName(&p.f.Sequences[i].Schema, &p.f.Sequences[i].Name)
	}
	walkRefs(reflect.ValueOf(p.f), "", func(q *model.QualifiedName) {
		if *q == old {
			q.Name = dst
		}
	}, func(r *model.Ref) {
		if r.Kind != model.RefFunction && r.Schema == schema && r.Name == src {
			r.Name = dst
		}
	}, func(s *string) {
		*s = sqlident.RenameRelation(*s, schema, src, dst)
	})
	walkNames(reflect.ValueOf(p.f), "", func(string, *string) {}, func(sec *model.Securable) {
		switch sec.Kind {
		case model.SecurableSchema, model.SecurableFunction, model.SecurableProcedure, model.SecurableAggregate:
		default:
			if sec.Schema == schema && sec.Name == src {
				sec.Name = dst
			}
		}
	})
}

// renameColumn renames the column src of table t (in f) to dst, and what
// names it: keys, indexes, expressions of the table, foreign keys of other
// tables that reference it, sequences it owns, statistics objects on it.
func (p *renamePass) renameColumn(t *model.Table, src, dst string) {
	q := t.QualifiedName()
	p.add(Rename{Object: ObjectRef{Kind: KindColumn, Schema: q.Schema, Name: q.Name, Sub: src}, To: dst})
	p.rewriteColumn(t, src, dst)
}

// rewriteColumn renames the column src of t to dst in f, and in t's
// partitions and inheritance children, which PostgreSQL renames with it.
func (p *renamePass) rewriteColumn(t *model.Table, src, dst string) {
	q := t.QualifiedName()
	col := func(s string) string {
		if s == src {
			return dst
		}
		return s
	}
	cols := func(list []string) {
		for i := range list {
			list[i] = col(list[i])
		}
	}
	text := func(s *string) { *s = sqlident.RenameColumn(*s, src, dst) }
	for i := range t.Columns {
		t.Columns[i].Name = col(t.Columns[i].Name)
		text(&t.Columns[i].Generated)
	}
	for i := range t.InheritedColumns {
		t.InheritedColumns[i].Name = col(t.InheritedColumns[i].Name)
	}
	for i := range t.Constraints {
		k := &t.Constraints[i]
		cols(k.Columns)
		cols(k.Include)
		cols(k.OnDeleteColumns)
		text(&k.Expression)
		text(&k.Definition)
		if k.Kind == model.Check {
			sort.Strings(k.Columns)
		}
	}
	for i := range t.Indexes {
		ix := &t.Indexes[i]
		for j := range ix.Keys {
			ix.Keys[j].Column = col(ix.Keys[j].Column)
			text(&ix.Keys[j].Expression)
		}
		cols(ix.Include)
		cols(ix.Columns)
		sort.Strings(ix.Columns)
		text(&ix.Predicate)
	}
	for i := range t.Policies {
		text(&t.Policies[i].Using)
		text(&t.Policies[i].WithCheck)
	}
	for i := range t.Triggers {
		text(&t.Triggers[i].Definition)
	}
	for i := range p.f.Tables {
		for j := range p.f.Tables[i].Constraints {
			if k := &p.f.Tables[i].Constraints[j]; k.Kind == model.ForeignKey && k.References == q {
				cols(k.RefColumns)
			}
		}
	}
	for i := range p.f.Sequences {
		if o := p.f.Sequences[i].OwnedBy; o != nil && o.Table == q && o.Column == src {
			o.Column = dst
		}
	}
	for i := range p.f.Statistics {
		if st := &p.f.Statistics[i]; st.Table == q {
			cols(st.Columns)
			sort.Strings(st.Columns)
			for j := range st.Expressions {
				text(&st.Expressions[j])
			}
		}
	}
	for i := range p.f.Tables {
		c := &p.f.Tables[i]
		if (c.PartitionOf != nil && *c.PartitionOf == q) || slices.Contains(c.Inherits, q) {
			p.rewriteColumn(c, src, dst)
		}
	}
}

// renameConstraint renames the constraint src of table t (in f) to dst
// (and so the index of a key or exclusion constraint).
func (p *renamePass) renameConstraint(t *model.Table, src, dst string) {
	q := t.QualifiedName()
	p.add(Rename{Object: ObjectRef{Kind: KindConstraint, Schema: q.Schema, Name: q.Name, Sub: src}, To: dst})
	findConstraint(t, src).Name = dst
	sort.Slice(t.Constraints, func(i, j int) bool { return t.Constraints[i].Name < t.Constraints[j].Name })
}

// renameLabel renames the label src of enum q (in f) to dst when f's enum
// has src and not dst, and t's has dst.
func (p *renamePass) renameLabel(q model.QualifiedName, src, dst string) {
	fe, te := findEnum(p.f.Enums, q), findEnum(p.t.Enums, q)
	if fe == nil || te == nil || !slices.Contains(fe.Labels, src) || slices.Contains(fe.Labels, dst) ||
		!slices.Contains(te.Labels, dst) {
		return
	}
	p.add(RenameEnumValue{Enum: q, From: src, To: dst})
	fe.Labels[slices.Index(fe.Labels, src)] = dst
	// Constants of the enum in defaults and expressions print the new label.
	typ := "::" + sqlident.Quote(q.Schema) + "." + sqlident.Quote(q.Name)
	from, to := quoteLiteral(src)+typ, quoteLiteral(dst)+typ
	walkNames(reflect.ValueOf(p.f), "", func(field string, s *string) {
		if textFields[field] {
			*s = strings.ReplaceAll(*s, from, to)
		}
	}, func(*model.Securable) {})
}

// bodyText reports whether field i of struct v is the Definition of a
// function or procedure other than an aggregate: its body is text that
// PostgreSQL keeps as written, and a rename does not change it. Left as
// it was, a body that names the old name compares as changed, and the plan
// replaces the function.
func bodyText(v reflect.Value, i int) bool {
	f, ok := v.Addr().Interface().(*model.Function)
	return ok && f.Kind != model.Aggregate && v.Type().Field(i).Name == "Definition"
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// walkNames calls str with every string field reachable from v (with the
// field's name), and sec with every Securable.
func walkNames(v reflect.Value, field string, str func(field string, s *string), sec func(*model.Securable)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkNames(v.Elem(), field, str, sec)
		}
	case reflect.Struct:
		if s, ok := v.Addr().Interface().(*model.Securable); ok {
			sec(s)
		}
		for i := 0; i < v.NumField(); i++ {
			if !bodyText(v, i) {
				walkNames(v.Field(i), v.Type().Field(i).Name, str, sec)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkNames(v.Index(i), field, str, sec)
		}
	case reflect.String:
		str(field, v.Addr().Interface().(*string))
	}
}

// walkRefs calls qn with every QualifiedName reachable from v that names a
// relation or a type (not a collation or operator class), ref with every
// Ref, and text with every text field (see textFields).
func walkRefs(v reflect.Value, field string, qn func(*model.QualifiedName), ref func(*model.Ref), text func(*string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkRefs(v.Elem(), field, qn, ref, text)
		}
	case reflect.Struct:
		switch x := v.Addr().Interface().(type) {
		case *model.QualifiedName:
			if field != "Collation" && field != "Opclass" {
				qn(x)
			}
			return
		case *model.Ref:
			ref(x)
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if !bodyText(v, i) {
				walkRefs(v.Field(i), v.Type().Field(i).Name, qn, ref, text)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkRefs(v.Index(i), field, qn, ref, text)
		}
	case reflect.String:
		if textFields[field] {
			text(v.Addr().Interface().(*string))
		}
	}
}
