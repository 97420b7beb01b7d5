package diff

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/retortdb/retort/model"
)

// ranges compares range types. They are dependency-ordered nodes like
// domains and composite types: created in phRoutine after their subtype and
// their subtype_diff function, dropped in phDropRoutine after what uses
// them.
//
// ALTER TYPE cannot change a range type's subtype, operator class,
// collation, functions or multirange name, so a range type that changes,
// or whose subtype or function is dropped and created again, is dropped
// early (phDropRoutineEarly) and created again; the functions and views
// using it are re-created around it (c.recreated). A column of the range
// (or of its multirange) would lose its values with it: rather than drop
// them, the plan refuses the change (a plan error naming the columns), as
// it does when a domain or composite type uses the range.
func (c *comparison) ranges() {
	from := byName(c.from.Ranges)
	to := byName(c.to.Ranges)
	redo := c.rangesToRecreate(from, to)
	names := make([]model.QualifiedName, 0, len(redo))
	for q := range redo {
		names = append(names, q)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Less(names[j]) })
	for _, q := range names {
		if users := c.rangeUsers(from[q], redo); len(users) > 0 {
			c.refuse(ErrRefused,
				"range type %s changes (%s), which ALTER TYPE cannot do, and dropping it to create it again is refused while %s use it: "+
					"their values would be lost; convert or drop them first, or give the new range type another name",
				q, redo[q], nameList(users))
			delete(redo, q)
			continue
		}
		c.recreated[typeKey(q)] = true
	}
	for _, r := range c.to.Ranges {
		q := r.QualifiedName()
		key := typeKey(q)
		ref := ObjectRef{Kind: KindType, Schema: q.Schema, Name: q.Name}
		create := r
		create.Comment = ""
		old, ok := from[q]
		switch {
		case !ok:
			c.addNode(phRoutine, key, depKeys(r.Depends), Step{Op: CreateRange{Range: create}})
			c.comment(ref, "", r.Comment)
		case c.recreated[key]:
			c.addNode(phDropRoutineEarly, key, depKeys(old.Depends), Step{Op: DropRange{Range: old}})
			c.addNode(phRoutine, key, depKeys(r.Depends), Step{Op: CreateRange{Range: create}})
			c.comment(ref, "", r.Comment)
		default:
			c.comment(ref, old.Comment, r.Comment)
		}
	}
	for _, r := range c.from.Ranges {
		if _, ok := to[r.QualifiedName()]; !ok {
			c.addNode(phDropRoutine, typeKey(r.QualifiedName()), depKeys(r.Depends), Step{Op: DropRange{Range: r},
				Hazards: []Hazard{{DataLoss, fmt.Sprintf("drops range type %s", r.QualifiedName())}}})
		}
	}
}

// rangesToRecreate returns the range types of from that to keeps but that
// must be dropped and created again, each with the reason: their
// definition changes, or something they depend on (a domain or enum
// re-created around its columns, a function dropped or re-created, another
// such range type) is dropped first.
func (c *comparison) rangesToRecreate(from, to map[model.QualifiedName]model.RangeType) map[model.QualifiedName]string {
	redo := map[model.QualifiedName]string{}
	for q, old := range from {
		n, ok := to[q]
		if !ok {
			continue
		}
		if why := rangeChange(old, n); why != "" {
			redo[q] = why
		} else if dep := c.recreatedDependency(old.Depends); dep != "" {
			redo[q] = dep + " is dropped and created again"
		}
	}
	for changed := true; changed; {
		changed = false
		for q, old := range from {
			if _, ok := to[q]; !ok || redo[q] != "" {
				continue
			}
			for _, r := range old.Depends {
				dq := model.QualifiedName{Schema: r.Schema, Name: r.Name}
				if r.Kind == model.RefType && redo[dq] != "" {
					redo[q] = "range type " + dq.String() + " is dropped and created again"
					changed = true
					break
				}
			}
		}
	}
	return redo
}

// rangeChange describes how a range type's definition changes, or returns
// "" when only its comment (or nothing) does.
func rangeChange(a, b model.RangeType) string {
	var parts []string
	field := func(name, x, y string) {
		if x != y {
			parts = append(parts, fmt.Sprintf("%s %q -> %q", name, x, y))
		}
	}
	field("subtype", a.Subtype, b.Subtype)
	field("subtype_opclass", a.SubtypeOpClass, b.SubtypeOpClass)
	if !reflect.DeepEqual(a.Collation, b.Collation) {
		field("collation", collationText(a.Collation), collationText(b.Collation))
	}
	field("canonical", a.Canonical, b.Canonical)
	field("subtype_diff", a.SubtypeDiff, b.SubtypeDiff)
	field("multirange", a.MultirangeName(), b.MultirangeName())
	return strings.Join(parts, ", ")
}

func collationText(q *model.QualifiedName) string {
	if q == nil {
		return ""
	}
	return q.String()
}

// recreatedDependency names the first of refs that the plan drops before
// phRoutine and creates again (or drops for good): a type marked re-created
// (an enum whose labels are removed or reordered, a domain whose base type
// or collation changes, a domain or composite type over such a type), a
// function that goes or that CREATE OR REPLACE cannot change. It runs
// before routines() marks functions, so it asks the same questions.
func (c *comparison) recreatedDependency(refs []model.Ref) string {
	for _, r := range refs {
		q := model.QualifiedName{Schema: r.Schema, Name: r.Name}
		switch r.Kind {
		case model.RefType:
			if c.recreated[refKey(r)] {
				switch {
				case findDomain(c.from.Domains, q) != nil:
					return "domain " + q.String()
				case findEnum(c.from.Enums, q) != nil:
					return "enum " + q.String()
				}
				return "type " + q.String()
			}
			if fe, te := findEnum(c.from.Enums, q), findEnum(c.to.Enums, q); fe != nil && te != nil &&
				!isSubsequence(fe.Labels, te.Labels) {
				return "enum " + q.String()
			}
		case model.RefFunction:
			fi := slices.IndexFunc(c.from.Functions, func(f model.Function) bool { return f.Ref() == r })
			if fi < 0 {
				continue
			}
			old := c.from.Functions[fi]
			ti := slices.IndexFunc(c.to.Functions, func(f model.Function) bool { return f.Ref() == r })
			if ti < 0 {
				return "function " + q.String() + "(" + r.Args + ")"
			}
			f := c.to.Functions[ti]
			if old.Definition != f.Definition && (old.Kind != f.Kind || old.Result != f.Result || old.Arguments != f.Arguments) {
				return "function " + q.String() + "(" + r.Args + ")"
			}
		}
	}
	return ""
}

func findDomain(ds []model.Domain, q model.QualifiedName) *model.Domain {
	return find(ds, func(d *model.Domain) bool { return d.QualifiedName() == q })
}

func findEnum(es []model.Enum, q model.QualifiedName) *model.Enum {
	return find(es, func(e *model.Enum) bool { return e.QualifiedName() == q })
}

// rangeUsers names what keeps range type r from being dropped and created
// again without losing data or failing: columns of r or of its multirange
// that the plan keeps, and domains, composite types and range types (other
// than those re-created with it) that use it.
func (c *comparison) rangeUsers(r model.RangeType, redo map[model.QualifiedName]string) []string {
	q := r.QualifiedName()
	multi := model.QualifiedName{Schema: r.Schema, Name: r.MultirangeName()}
	users := map[string]bool{}
	for _, t := range c.from.Tables {
		tq := t.QualifiedName()
		if c.droppedTables[tq] || t.IsPartition() {
			continue
		}
		for _, col := range t.Columns {
			if (col.TypeRef == q || col.TypeRef == multi) && !c.droppedColumns[model.ColumnRef{Table: tq, Column: col.Name}] {
				users["column "+tq.String()+"."+col.Name] = true
			}
		}
	}
	uses := func(refs []model.Ref) bool {
		return slices.ContainsFunc(refs, func(d model.Ref) bool {
			return d.Kind == model.RefType && d.Schema == q.Schema && d.Name == q.Name
		})
	}
	for _, d := range c.from.Domains {
		if uses(d.Depends) {
			users["domain "+d.QualifiedName().String()] = true
		}
	}
	for _, t := range c.from.Composites {
		if uses(t.Depends) {
			users["composite type "+t.QualifiedName().String()] = true
		}
	}
	for _, o := range c.from.Ranges {
		if redo[o.QualifiedName()] == "" && uses(o.Depends) {
			users["range type "+o.QualifiedName().String()] = true
		}
	}
	return sortedKeys(users)
}
