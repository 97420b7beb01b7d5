package diff

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/retortdb/retort/model"
)

// routines compares domains, composite types and functions. They are
// created (in dependency order) before tables, which may use them, and
// dropped at the end, once nothing uses them any more.
func (c *comparison) routines() {
	c.markRecreatedFunctions() // first: a domain check or default calling one is set again
	c.domains()
	c.composites()
	c.functions()
}

func typeKey(q model.QualifiedName) string {
	return refKey(model.Ref{Kind: model.RefType, Schema: q.Schema, Name: q.Name})
}

func (c *comparison) functions() {
	from := map[string]model.Function{}
	for _, f := range c.from.Functions {
		from[refKey(f.Ref())] = f
	}
	to := map[string]model.Function{}
	for _, f := range c.to.Functions {
		to[refKey(f.Ref())] = f
	}
	for _, f := range c.to.Functions {
		key := refKey(f.Ref())
		ref := functionRef(f)
		old, ok := from[key]
		switch {
		case !ok:
			c.addNode(createPhase(f), key, depKeys(f.Depends), Step{Op: CreateFunction{Function: withoutComment(f)}})
			c.comment(ref, "", f.Comment)
		case c.recreated[key]:
			c.addNode(dropPhase(old), key, depKeys(old.Depends), Step{Op: DropFunction{Function: old}})
			c.addNode(createPhase(f), key, depKeys(f.Depends), Step{Op: CreateFunction{Function: withoutComment(f)}})
			c.comment(ref, "", f.Comment)
		case old.Definition == f.Definition:
			c.comment(ref, old.Comment, f.Comment)
		default:
			c.addNode(createPhase(f), key, depKeys(f.Depends), Step{Op: ReplaceFunction{From: withoutComment(old), To: withoutComment(f)}})
			c.comment(ref, old.Comment, f.Comment)
		}
	}
	for _, f := range c.from.Functions {
		key := refKey(f.Ref())
		if _, ok := to[key]; ok {
			continue
		}
		ph := phDropRoutine
		if c.recreated[key] || usesRelation(f) {
			ph = dropPhase(f)
		}
		var hz []Hazard
		if !c.routineNamed(f.Schema, f.Name) {
			hz = append(hz, Hazard{InUse, fmt.Sprintf("drops %s %s(%s): callers outside the model (applications, triggers or views in schemas out of scope) fail afterwards",
				strings.ToLower(f.Kind.Keyword()), model.QualifiedName{Schema: f.Schema, Name: f.Name}, f.IdentityArguments)})
		}
		c.addNode(ph, key, depKeys(f.Depends), Step{Op: DropFunction{Function: f}, Hazards: hz})
	}
}

// recreateFunctions marks (c.recreated) the functions of from that are
// dropped early and, if to keeps them, created again:
//
//   - those CREATE OR REPLACE cannot change: another kind, result, or
//     argument list (argument names and defaults included);
//   - those that go while a function of the same name comes: the
//     identity arguments name the arguments too, so renaming one makes
//     another key, and the old one must be gone first;
//   - transitively, those that depend on a function or type that is
//     re-created, or on a function that goes (an aggregate on its state
//     function, a SQL-standard body on a function it calls), since
//     PostgreSQL refuses to drop what they depend on.
func (c *comparison) recreateFunctions(from, to map[string]model.Function, names map[string]bool) {
	gone := map[string]bool{}
	for key, old := range from {
		f, ok := to[key]
		switch {
		case !ok:
			gone[key] = true
			if names[old.Schema+"."+old.Name] {
				c.recreated[key] = true
			}
		case old.Definition != f.Definition &&
			(old.Kind != f.Kind || old.Result != f.Result || old.Arguments != f.Arguments):
			c.recreated[key] = true
		}
	}
	keys := make([]string, 0, len(from))
	for key := range from {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for changed := true; changed; {
		changed = false
		for _, key := range keys {
			if c.recreated[key] {
				continue
			}
			for _, r := range from[key].Depends {
				k := refKey(r)
				if c.recreated[k] || (r.Kind == model.RefFunction && gone[k]) {
					c.recreated[key] = true
					changed = true
					break
				}
			}
		}
	}
}

// dropPhase is where a function dropped early is dropped (one re-created,
// or one whose body depends on a relation): after what uses it that goes
// (checks, indexes, defaults, columns, tables) and before the types it uses
// are created again, unless its body (SQL-standard, BEGIN ATOMIC) depends
// on a relation, which PostgreSQL would refuse to drop: then with the
// views.
func dropPhase(f model.Function) phase {
	if usesRelation(f) {
		return phDropView
	}
	return phDropRoutineEarly
}

// createPhase is where a function is created: with the other routines,
// before tables, unless its body (SQL-standard, BEGIN ATOMIC) depends on a
// relation, which must exist first: then with the views.
func createPhase(f model.Function) phase {
	if usesRelation(f) {
		return phView
	}
	return phRoutine
}

func usesRelation(f model.Function) bool {
	for _, r := range f.Depends {
		if r.Kind == model.RefRelation {
			return true
		}
	}
	return false
}

func withoutComment(f model.Function) model.Function {
	f.Comment = ""
	return f
}

func functionRef(f model.Function) ObjectRef {
	kind := KindFunction
	switch f.Kind {
	case model.Procedure:
		kind = KindProcedure
	case model.Aggregate:
		kind = KindAggregate
	}
	return ObjectRef{Kind: kind, Schema: f.Schema, Name: f.Name, Sub: f.IdentityArguments}
}

func (c *comparison) domains() {
	from := byName(c.from.Domains)
	to := map[model.QualifiedName]bool{}
	for _, d := range c.to.Domains {
		q := d.QualifiedName()
		to[q] = true
		key := typeKey(q)
		ref := ObjectRef{Kind: KindDomain, Schema: q.Schema, Name: q.Name}
		old, ok := from[q]
		if !ok {
			create := d
			create.Comment = ""
			create.Checks = nil
			var steps []Step
			for _, k := range d.Checks {
				k.Comment = ""
				if k.NotValid {
					steps = append(steps, Step{Op: AddDomainCheck{Domain: q, Check: k}})
				} else {
					create.Checks = append(create.Checks, k)
				}
			}
			c.addNode(phRoutine, key, depKeys(d.Depends), append([]Step{{Op: CreateDomain{Domain: create}}}, steps...)...)
			c.comment(ref, "", d.Comment)
			for _, k := range d.Checks {
				c.comment(ObjectRef{Kind: KindDomainCheck, Schema: q.Schema, Name: q.Name, Sub: k.Name}, "", k.Comment)
			}
			continue
		}
		if c.recreated[key] {
			c.recreateDomain(old, d)
			continue
		}
		var steps []Step
		// A default or check over a function or type created again is
		// dropped before it goes and set again in the domain's node.
		if c.defaultUsesRecreated(old, "t") || c.defaultUsesRecreated(old, "f") {
			c.add(phPreAlter, SetDomainDefault{Domain: q})
			old.Default = ""
		}
		if old.Default != d.Default {
			steps = append(steps, Step{Op: SetDomainDefault{Domain: q, Default: d.Default}})
		}
		if old.NotNull != d.NotNull {
			var hz []Hazard
			if d.NotNull {
				hz = append(hz, Hazard{LongLock, fmt.Sprintf("checks every column of domain %s for NULLs", q)})
			}
			steps = append(steps, Step{Op: SetDomainNotNull{Domain: q, NotNull: d.NotNull}, Hazards: hz})
		}
		checks := map[string]model.DomainCheck{}
		for _, k := range old.Checks {
			checks[k.Name] = k
		}
		want := map[string]bool{}
		for _, k := range d.Checks {
			want[k.Name] = true
		}
		for _, k := range old.Checks {
			switch n := findCheck(d.Checks, k.Name); {
			case c.exprUsesRecreated(k.Expression):
				c.add(phPreAlter, DropDomainCheck{Domain: q, Check: k})
			case n == nil || !c.sameDomainCheck(n.Expression, k.Expression) || n.NotValid != k.NotValid:
				steps = append(steps, Step{Op: DropDomainCheck{Domain: q, Check: k}})
			}
		}
		for _, k := range d.Checks {
			cref := ObjectRef{Kind: KindDomainCheck, Schema: q.Schema, Name: q.Name, Sub: k.Name}
			o, ok := checks[k.Name]
			if !ok || !c.sameDomainCheck(o.Expression, k.Expression) || o.NotValid != k.NotValid || c.exprUsesRecreated(o.Expression) {
				add := k
				add.Comment = ""
				steps = append(steps, Step{Op: AddDomainCheck{Domain: q, Check: add}})
				c.comment(cref, "", k.Comment)
				continue
			}
			c.comment(cref, o.Comment, k.Comment)
		}
		if len(steps) > 0 {
			c.addNode(phRoutine, key, depKeys(d.Depends), steps...)
		}
		c.comment(ref, old.Comment, d.Comment)
	}
	for _, d := range c.from.Domains {
		if !to[d.QualifiedName()] {
			c.addNode(phDropRoutine, typeKey(d.QualifiedName()), depKeys(d.Depends), Step{Op: DropDomain{Domain: d},
				Hazards: []Hazard{{DataLoss, fmt.Sprintf("drops domain %s and its checks", d.QualifiedName())}}})
		}
	}
}

// recreateDomain replaces a domain whose base type or collation changes,
// or whose base type is created again, converting the columns that use it
// (through text when the old base type is replaced); views and functions
// that use the domain, or those columns, are re-created around it
// (c.recreated, c.shapeChanged), domains and composite types over it are
// re-created after it (markRecreatedTypes), and then the old domain goes.
func (c *comparison) recreateDomain(from, to model.Domain) {
	q := to.QualifiedName()
	c.recreated[typeKey(q)] = true
	op := RecreateDomain{From: from, To: to, ViaText: c.usesRecreatedType(from.Depends), KeepOld: c.typeUsedByTypes(q)}
	if op.ViaText {
		op.Mapped = c.labelMaps[q]
	}
	op.To.Comment = ""
	op.To.Checks = make([]model.DomainCheck, len(to.Checks))
	for i, k := range to.Checks {
		k.Comment = ""
		op.To.Checks[i] = k
	}
	// The old domain keeps its checks and default until it goes: those
	// calling a function dropped early go first.
	for _, k := range from.Checks {
		if c.exprNames(k.Expression, "f") {
			c.add(phPreAlter, DropDomainCheck{Domain: q, Check: k})
		}
	}
	if c.defaultUsesRecreated(from, "f") {
		c.add(phPreAlter, SetDomainDefault{Domain: q})
	}
	var hz []Hazard
	op.Columns = c.convertedColumns(q)
	if len(op.Columns) > 0 && !op.ViaText && from.Type != to.Type {
		// The columns convert from the old base type to the new one, as a
		// column's type change does (convert.go).
		switch cv := c.columnConversion(from.Type, to.Type); cv.path {
		case CastViaText:
			op.ViaText = true // one enum to another
		case CastNone:
			cols := make([]string, len(op.Columns))
			for i, ec := range op.Columns {
				cols[i] = ec.Table.String() + "." + ec.Column
			}
			c.refuse(ErrNoCast, "cannot move the columns of domain %s (%s) from base type %s to %s: PostgreSQL has no cast between them; change those columns to the new type in a revision written by hand, or create the new domain under another name and convert each column with -- retort:using <expression>",
				q, strings.Join(cols, ", "), from.Type, to.Type)
			return
		case CastUnchecked:
			c.warnings = append(c.warnings, fmt.Sprintf("retort does not know whether PostgreSQL can cast %s to %s; the columns of domain %s are converted with a cast to the new base type, and if that fails, write that revision by hand", from.Type, to.Type, q))
		}
	}
	for _, ec := range op.Columns {
		if op.ViaText {
			hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to convert %s to the new %s", ec.Table, ec.Column, q)})
			continue
		}
		hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to convert %s from %s to %s", ec.Table, ec.Column, from.Type, to.Type)})
		if conversion(from.Type, to.Type).lossy {
			hz = append(hz, Hazard{DataLoss, fmt.Sprintf("converting %s.%s from %s to %s may fail on values that do not fit, or lose precision", ec.Table, ec.Column, from.Type, to.Type)})
		}
	}
	c.addNode(phRoutine, typeKey(q), depKeys(to.Depends), Step{Op: op, Hazards: hz})
	if op.KeepOld {
		c.dropRenamed(q, true, from.Depends)
	}
	ref := ObjectRef{Kind: KindDomain, Schema: q.Schema, Name: q.Name}
	c.comment(ref, "", to.Comment)
	for _, k := range to.Checks {
		c.comment(ObjectRef{Kind: KindDomainCheck, Schema: q.Schema, Name: q.Name, Sub: k.Name}, "", k.Comment)
	}
}

func findCheck(checks []model.DomainCheck, name string) *model.DomainCheck {
	return find(checks, func(k *model.DomainCheck) bool { return k.Name == name })
}

func (c *comparison) composites() {
	from := byName(c.from.Composites)
	to := map[model.QualifiedName]bool{}
	for _, t := range c.to.Composites {
		q := t.QualifiedName()
		to[q] = true
		key := typeKey(q)
		old, ok := from[q]
		if ok && c.recreated[key] {
			c.recreateComposite(old, t)
			old = model.CompositeType{}
		} else if !ok {
			create := t
			create.Comment = ""
			create.Attributes = make([]model.Attribute, len(t.Attributes))
			for i, a := range t.Attributes {
				a.Comment = ""
				create.Attributes[i] = a
			}
			c.addNode(phRoutine, key, depKeys(t.Depends), Step{Op: CreateComposite{Type: create}})
		} else {
			var steps []Step
			for _, a := range old.Attributes {
				if findAttribute(t.Attributes, a.Name) == nil {
					steps = append(steps, Step{Op: DropAttribute{Type: q, Attribute: a}})
				}
			}
			for _, a := range t.Attributes {
				o := findAttribute(old.Attributes, a.Name)
				switch {
				case o == nil:
					add := a
					add.Comment = ""
					steps = append(steps, Step{Op: AddAttribute{Type: q, Attribute: add}})
				case o.Type != a.Type || !reflect.DeepEqual(o.Collation, a.Collation):
					steps = append(steps, Step{Op: AlterAttributeType{Type: q, Attribute: a.Name, From: o.Type, To: a.Type, Collation: a.Collation}})
				}
			}
			if len(steps) > 0 {
				c.shapeChanged[q] = true
				c.addNode(phRoutine, key, depKeys(t.Depends), steps...)
			}
		}
		c.comment(ObjectRef{Kind: KindType, Schema: q.Schema, Name: q.Name}, old.Comment, t.Comment)
		for _, a := range t.Attributes {
			was := ""
			if o := findAttribute(old.Attributes, a.Name); o != nil {
				was = o.Comment
			}
			c.comment(ObjectRef{Kind: KindColumn, Schema: q.Schema, Name: q.Name, Sub: a.Name}, was, a.Comment)
		}
	}
	for _, t := range c.from.Composites {
		if !to[t.QualifiedName()] {
			c.addNode(phDropRoutine, typeKey(t.QualifiedName()), depKeys(t.Depends), Step{Op: DropComposite{Type: t},
				Hazards: []Hazard{{DataLoss, fmt.Sprintf("drops composite type %s", t.QualifiedName())}}})
		}
	}
}

func findAttribute(attrs []model.Attribute, name string) *model.Attribute {
	return find(attrs, func(a *model.Attribute) bool { return a.Name == name })
}

// sameDomainCheck reports whether two domain checks, "CHECK (...)" as
// pg_get_constraintdef prints them, mean the same.
func (c *comparison) sameDomainCheck(a, b string) bool {
	return c.sameExpression(strings.TrimPrefix(a, "CHECK "), strings.TrimPrefix(b, "CHECK "))
}

// routineNamed reports whether to has a routine of that name: a routine
// dropped to be created again with other arguments keeps its callers (an
// argument renamed, or widened where an implicit cast still finds it).
func (c *comparison) routineNamed(schema, name string) bool {
	for _, f := range c.to.Functions {
		if f.Schema == schema && f.Name == name {
			return true
		}
	}
	return false
}
