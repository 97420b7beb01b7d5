package diff

import (
	"github.com/retortdb/retort/model"
)

// Renames come from annotations of a desired model (RenamedFrom, an enum's
// LabelRenames). Before anything is compared, a pre-pass finds the
// annotations that act, emits ALTER ... RENAME steps (phRename, first in
// the plan), and rewrites a copy of from with the new names, so that the
// rest of the comparison sees the renamed object as the same object and
// compares it normally. An annotation acts when the object under its
// source name exists in from, and its destination name exists in to but
// not in from: on the to side (an upgrade) the source is the old name; on
// the from side (a downgrade, Compare(model, head)) the annotated object
// is renamed back to its old name. Any other annotation (already applied,
// or naming nothing) is ignored, so annotations can stay in a model.

// renameKind orders the kinds of rename: containers first, so that an
// inner object is found under its container's new name.
type renameKind uint8

const (
	renameSchema renameKind = iota
	renameRelation
	renameColumn
	renameConstraint
	renameIndex
	renameLabel
)

// An annotation is one rename annotation found on either side.
type annotation struct {
	kind     renameKind
	fromSide bool
	// object is the kind of a relation or type (KindTable, KindView,
	// KindMaterializedView, KindType, KindDomain).
	object ObjectKind
	// schema and rel are the container in the annotated side's names: the
	// schema (for a schema, its name), and the relation for a column,
	// constraint, index or label (the enum).
	schema, rel string
	// name is the annotated object's name, old its RenamedFrom.
	name, old string
}

// renamed is the result of the pre-pass.
type renamed struct {
	from, to *model.Schema
	steps    []Step
	// removedLabels are the to side's RemovedLabels, by enum.
	removedLabels map[model.QualifiedName]map[string]string
}

// applyRenames runs the pre-pass. When neither side carries annotations
// it returns them unchanged; otherwise copies, without annotations, from's
// rewritten with the renames made.
func applyRenames(from, to *model.Schema) renamed {
	if !from.Annotated() && !to.Annotated() {
		return renamed{from: from, to: to}
	}
	r := renamed{from: from.Clone(), to: to.Clone(), removedLabels: map[model.QualifiedName]map[string]string{}}
	anns := append(collectAnnotations(r.to, false), collectAnnotations(r.from, true)...)
	for _, e := range r.to.Enums {
		for _, m := range e.RemovedLabels {
			if r.removedLabels[e.QualifiedName()] == nil {
				r.removedLabels[e.QualifiedName()] = map[string]string{}
			}
			r.removedLabels[e.QualifiedName()][m.Label] = m.To
		}
	}
	r.from.StripAnnotations()
	r.to.StripAnnotations()
	p := &renamePass{f: r.from, t: r.to, schemas: map[string]string{}, rels: map[model.QualifiedName]model.QualifiedName{},
		renamedTables: map[model.QualifiedName]bool{}, renamedColumns: map[model.ColumnRef]bool{}}
	for k := renameSchema; k <= renameLabel; k++ {
		for _, a := range anns {
			if a.kind == k {
				p.apply(a)
			}
		}
	}
	p.renameOwnedSequences()
	if len(p.steps) > 0 {
		r.from.Sort()
	}
	r.steps = p.steps
	return r
}

// collectAnnotations lists the annotations of s, containers first.
func collectAnnotations(s *model.Schema, fromSide bool) []annotation {
	var out []annotation
	add := func(kind renameKind, object ObjectKind, schema, rel, name, old string) {
		if old != "" && old != name {
			out = append(out, annotation{kind: kind, fromSide: fromSide, object: object, schema: schema, rel: rel, name: name, old: old})
		}
	}
	for _, n := range s.Namespaces {
		add(renameSchema, KindSchema, n.Name, "", n.Name, n.RenamedFrom)
	}
	for _, e := range s.Enums {
		add(renameRelation, KindType, e.Schema, "", e.Name, e.RenamedFrom)
		for _, l := range e.LabelRenames {
			add(renameLabel, KindType, e.Schema, e.Name, l.Label, l.From)
		}
	}
	for _, d := range s.Domains {
		add(renameRelation, KindDomain, d.Schema, "", d.Name, d.RenamedFrom)
	}
	for _, t := range s.Composites {
		add(renameRelation, KindType, t.Schema, "", t.Name, t.RenamedFrom)
	}
	for _, t := range s.Tables {
		add(renameRelation, KindTable, t.Schema, "", t.Name, t.RenamedFrom)
		for _, col := range t.Columns {
			add(renameColumn, KindColumn, t.Schema, t.Name, col.Name, col.RenamedFrom)
		}
		for _, k := range t.Constraints {
			add(renameConstraint, KindConstraint, t.Schema, t.Name, k.Name, k.RenamedFrom)
		}
		for _, ix := range t.Indexes {
			add(renameIndex, KindIndex, t.Schema, t.Name, ix.Name, ix.RenamedFrom)
		}
	}
	for _, v := range s.Views {
		kind := KindView
		if v.Materialized {
			kind = KindMaterializedView
		}
		add(renameRelation, kind, v.Schema, "", v.Name, v.RenamedFrom)
		for _, ix := range v.Indexes {
			add(renameIndex, KindIndex, v.Schema, v.Name, ix.Name, ix.RenamedFrom)
		}
	}
	return out
}

// A renamePass rewrites f, a copy of from, one rename at a time, towards
// the names of t.
type renamePass struct {
	f, t  *model.Schema
	steps []Step
	// schemas and rels map the from side's names of renamed containers to
	// their current names in f, to find a from-side annotation's object
	// once its container is renamed.
	schemas map[string]string
	rels    map[model.QualifiedName]model.QualifiedName
	// renamedTables and renamedColumns are the tables and columns renamed,
	// by their new names: the sequences they own follow (see
	// renameOwnedSequences).
	renamedTables  map[model.QualifiedName]bool
	renamedColumns map[model.ColumnRef]bool
}

// apply makes the rename a asks for, if it acts.
func (p *renamePass) apply(a annotation) {
	src, dst := a.old, a.name
	if a.fromSide {
		src, dst = a.name, a.old
	}
	schema, rel := a.schema, a.rel
	if a.fromSide {
		schema, rel = p.current(a.schema, a.rel)
	}
	switch a.kind {
	case renameSchema:
		if hasNamespace(p.f, src) && !hasNamespace(p.f, dst) && hasNamespace(p.t, dst) {
			p.renameSchema(src, dst)
		}
	case renameRelation:
		if p.relationActs(a.object, schema, src, dst) {
			p.renameRelation(a.object, schema, src, dst)
			if a.object == KindTable {
				p.renamedTables[model.QualifiedName{Schema: schema, Name: dst}] = true
			}
			p.rels[model.QualifiedName{Schema: a.schema, Name: a.name}] = model.QualifiedName{Schema: schema, Name: dst}
		}
	case renameColumn:
		ft, tt := p.f.Table(model.QualifiedName{Schema: schema, Name: rel}), p.t.Table(model.QualifiedName{Schema: schema, Name: rel})
		if ft != nil && tt != nil && ft.Column(src) != nil && ft.Column(dst) == nil && tt.Column(dst) != nil {
			p.renameColumn(ft, src, dst)
			p.renamedColumns[model.ColumnRef{Table: ft.QualifiedName(), Column: dst}] = true
		}
	case renameConstraint:
		ft, tt := p.f.Table(model.QualifiedName{Schema: schema, Name: rel}), p.t.Table(model.QualifiedName{Schema: schema, Name: rel})
		if ft != nil && tt != nil && findConstraint(ft, src) != nil && findConstraint(tt, dst) != nil && !p.constraintNameTaken(ft, src, dst) {
			p.renameConstraint(ft, src, dst)
		}
	case renameIndex:
		fi, ti := findRelIndex(p.f, schema, rel, src), findRelIndex(p.t, schema, rel, dst)
		if fi != nil && ti != nil && !hasIndexName(p.f, schema, dst) {
			p.add(Rename{Object: ObjectRef{Kind: KindIndex, Schema: schema, Name: rel, Sub: src}, To: dst})
			fi.Name = dst // f is sorted again at the end of the pass
		}
	case renameLabel:
		p.renameLabel(model.QualifiedName{Schema: schema, Name: rel}, src, dst)
	}
}

func (p *renamePass) add(op Op) { p.steps = append(p.steps, Step{Op: op}) }

// renameOwnedSequences renames the sequences owned by renamed tables and
// columns (serial columns) to the names the to side's sequences owned by
// the same columns have, so that they keep their positions: PostgreSQL
// does not rename them with their table or column.
func (p *renamePass) renameOwnedSequences() {
	owned := map[model.ColumnRef]model.QualifiedName{}
	for _, sq := range p.t.Sequences {
		if sq.OwnedBy != nil {
			owned[*sq.OwnedBy] = sq.QualifiedName()
		}
	}
	for i := range p.f.Sequences {
		sq := p.f.Sequences[i]
		if sq.OwnedBy == nil || !(p.renamedTables[sq.OwnedBy.Table] || p.renamedColumns[*sq.OwnedBy]) {
			continue
		}
		dst, ok := owned[*sq.OwnedBy]
		if ok && dst.Schema == sq.Schema && dst.Name != sq.Name && relationKind(p.f, sq.Schema, dst.Name) == 0 &&
			relationKind(p.t, sq.Schema, sq.Name) == 0 {
			p.renameRelation(KindSequence, sq.Schema, sq.Name, dst.Name)
		}
	}
}

// current returns where the from side's container (schema, rel) is now in
// f, after the renames made so far.
func (p *renamePass) current(schema, rel string) (string, string) {
	if q, ok := p.rels[model.QualifiedName{Schema: schema, Name: rel}]; ok {
		return q.Schema, q.Name
	}
	if s, ok := p.schemas[schema]; ok {
		return s, rel
	}
	return schema, rel
}

func hasNamespace(s *model.Schema, name string) bool {
	for _, n := range s.Namespaces {
		if n.Name == name {
			return true
		}
	}
	return false
}

// relationActs reports whether a relation or type of the given kind is
// named src in f, and dst names it in t and nothing in f (relations and
// types share one name space in a schema).
func (p *renamePass) relationActs(kind ObjectKind, schema, src, dst string) bool {
	return relationKind(p.f, schema, src) == kind && relationKind(p.t, schema, dst) == kind &&
		relationKind(p.f, schema, dst) == 0
}

// relationKind returns the kind of the relation or type schema.name of s
// (KindSequence for a sequence, kindRange for a range type), or 0.
func relationKind(s *model.Schema, schema, name string) ObjectKind {
	q := model.QualifiedName{Schema: schema, Name: name}
	if s.Table(q) != nil {
		return KindTable
	}
	for _, v := range s.Views {
		if v.QualifiedName() == q {
			if v.Materialized {
				return KindMaterializedView
			}
			return KindView
		}
	}
	for _, e := range s.Enums {
		if e.QualifiedName() == q {
			return KindType
		}
	}
	for _, t := range s.Composites {
		if t.QualifiedName() == q {
			return KindType
		}
	}
	for _, d := range s.Domains {
		if d.QualifiedName() == q {
			return KindDomain
		}
	}
	for _, r := range s.Ranges {
		if r.QualifiedName() == q {
			return kindRange
		}
	}
	for _, sq := range s.Sequences {
		if sq.QualifiedName() == q {
			return KindSequence
		}
	}
	return 0
}

// kindRange is no ObjectKind of a step; relationKind uses it to tell a
// range type apart (range types are not renamed: their multirange type
// would keep its old name).
const kindRange ObjectKind = 255

// findRelIndex returns the index named name of the table or materialized
// view schema.rel in s, or nil.
func findRelIndex(s *model.Schema, schema, rel, name string) *model.Index {
	q := model.QualifiedName{Schema: schema, Name: rel}
	if t := s.Table(q); t != nil {
		return findIndex(t, name)
	}
	if v := find(s.Views, func(v *model.View) bool { return v.QualifiedName() == q }); v != nil {
		return find(v.Indexes, func(ix *model.Index) bool { return ix.Name == name })
	}
	return nil
}

// constraintNameTaken reports whether the constraint src of table t cannot
// take the name dst: another constraint of t has it, or src owns an index
// and dst is taken in the schema.
func (p *renamePass) constraintNameTaken(t *model.Table, src, dst string) bool {
	if findConstraint(t, dst) != nil {
		return true
	}
	k := findConstraint(t, src)
	owns := k.Kind == model.PrimaryKey || k.Kind == model.Unique || k.Kind == model.Exclusion
	return owns && hasIndexName(p.f, t.Schema, dst)
}

// hasIndexName reports whether name is taken in schema by a relation, an
// index or a constraint's index: an index cannot be renamed to it.
func hasIndexName(s *model.Schema, schema, name string) bool {
	if relationKind(s, schema, name) != 0 {
		return true
	}
	for _, t := range s.Tables {
		if t.Schema != schema {
			continue
		}
		if findIndex(&t, name) != nil || findConstraint(&t, name) != nil {
			return true
		}
	}
	for _, v := range s.Views {
		if v.Schema != schema {
			continue
		}
		for _, ix := range v.Indexes {
			if ix.Name == name {
				return true
			}
		}
	}
	return false
}
