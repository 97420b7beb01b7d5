package diff

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// What this file does: when the plan drops an object and creates it again
// (an enum re-created to remove or reorder labels, a domain whose base
// type changes, a function whose result or arguments change, a range
// type), PostgreSQL refuses the drop while other objects depend on it.
// Every dependent is either dropped before and created after (views,
// functions, range types, checks, indexes, defaults: c.recreated and
// exprUsesRecreated) or moved to the new object: columns are converted,
// and domains and composite types over a re-created type are re-created
// themselves around their columns. A type renamed away while domains or
// composite types over it move later is dropped last (DropRenamedType).

// markRecreatedTypes marks (c.recreated) the domains and composite types
// that to keeps but that must be created again: a domain whose base type or
// collation changes, which ALTER DOMAIN cannot do, and, transitively, a
// domain or composite type over a type created again (its base type, an
// attribute's type), since it would keep pointing at the old one.
func (c *comparison) markRecreatedTypes() {
	toDomains := byName(c.to.Domains)
	toComposites := byName(c.to.Composites)
	for changed := true; changed; {
		changed = false
		for _, d := range c.from.Domains {
			q := d.QualifiedName()
			if m := c.dependsMap(d.Depends); c.labelMaps[q] == nil && m != nil {
				c.labelMaps[q], changed = m, true
			}
			n, ok := toDomains[q]
			if !ok || c.recreated[typeKey(q)] {
				continue
			}
			if n.Type != d.Type || !reflect.DeepEqual(n.Collation, d.Collation) || c.usesRecreatedType(d.Depends) {
				c.recreated[typeKey(q)], changed = true, true
			}
		}
		for _, t := range c.from.Composites {
			q := t.QualifiedName()
			if _, ok := toComposites[q]; !ok || c.recreated[typeKey(q)] {
				continue
			}
			if c.usesRecreatedType(t.Depends) {
				c.recreated[typeKey(q)], changed = true, true
			}
		}
	}
}

// dependsMap returns the label mapping of the first of refs that has one
// (an enum re-created with removed labels mapped, a domain over one).
func (c *comparison) dependsMap(refs []model.Ref) map[string]string {
	for _, r := range refs {
		if m := c.labelMaps[model.QualifiedName{Schema: r.Schema, Name: r.Name}]; r.Kind == model.RefType && m != nil {
			return m
		}
	}
	return nil
}

// markRecreatedFunctions marks the functions re-created (see
// recreateFunctions), before domains are compared: a domain check or
// default calling one of them is dropped before and set again after.
func (c *comparison) markRecreatedFunctions() {
	from := map[string]model.Function{}
	for _, f := range c.from.Functions {
		from[refKey(f.Ref())] = f
	}
	to := map[string]model.Function{}
	names := map[string]bool{}
	for _, f := range c.to.Functions {
		to[refKey(f.Ref())] = f
		names[f.Schema+"."+f.Name] = true
	}
	c.recreateFunctions(from, to, names)
}

// usesRecreatedType reports whether one of refs is a type created again.
func (c *comparison) usesRecreatedType(refs []model.Ref) bool {
	for _, r := range refs {
		if r.Kind == model.RefType && c.recreated[refKey(r)] {
			return true
		}
	}
	return false
}

// typeUsedByTypes reports whether a domain or composite type of from uses
// type q. Those move to the new type (or go) after q's re-creation, so the
// old q must outlive it: the re-creation keeps it (KeepOld) and a
// DropRenamedType step drops it at the end.
func (c *comparison) typeUsedByTypes(q model.QualifiedName) bool {
	uses := func(refs []model.Ref) bool {
		for _, r := range refs {
			if r.Kind == model.RefType && r.Schema == q.Schema && r.Name == q.Name {
				return true
			}
		}
		return false
	}
	for _, d := range c.from.Domains {
		if uses(d.Depends) {
			return true
		}
	}
	for _, t := range c.from.Composites {
		if uses(t.Depends) {
			return true
		}
	}
	return false
}

// dropRenamed adds the DropRenamedType step of a type re-created with
// KeepOld. Its node carries the old type's key and dependencies, so that
// among the drops at the end it comes after the domains and composite
// types over it that go, and before the types it uses.
func (c *comparison) dropRenamed(q model.QualifiedName, domain bool, deps []model.Ref) {
	c.addNode(phDropRoutine, typeKey(q), depKeys(deps), Step{Op: DropRenamedType{Type: q, Domain: domain}})
}

// exprUsesRecreated reports whether an expression PostgreSQL printed (a
// check, a default, an index expression or predicate) names a type or
// function the plan drops and creates again: the expression must be
// dropped before and set again after, since PostgreSQL records its
// dependencies and refuses the drop.
func (c *comparison) exprUsesRecreated(expr string) bool {
	return c.exprNames(expr, "t") || c.exprNames(expr, "f")
}

// exprNames reports whether expr names a type (kind "t") or a function
// (kind "f") that the plan drops and creates again.
func (c *comparison) exprNames(expr, kind string) bool {
	if expr == "" || len(c.recreated) == 0 {
		return false
	}
	if len(c.recreatedNames.of) != len(c.recreated) || c.recreatedNames.names == nil {
		c.recreatedNames.names = map[[2]string]string{}
		c.recreatedNames.of = map[string]bool{}
		for k := range c.recreated {
			c.recreatedNames.of[k] = true
			kind, name, _ := strings.Cut(k, ":")
			if kind != "t" && kind != "f" {
				continue
			}
			name, _, _ = strings.Cut(name, "(")
			if schema, n, ok := strings.Cut(name, "."); ok {
				c.recreatedNames.names[[2]string{schema, n}] = kind
			}
		}
	}
	for _, n := range sqlident.QualifiedNames(expr) {
		if c.recreatedNames.names[n] == kind {
			return true
		}
	}
	return false
}

// defaultUsesRecreated reports whether a domain's default names a type
// (kind "t") or function ("f") created again. PostgreSQL prints a domain's
// default with the search path of the session that read it, so the name
// may come unqualified: a dependency of the domain created again whose
// name the default holds counts too.
func (c *comparison) defaultUsesRecreated(d model.Domain, kind string) bool {
	if d.Default == "" {
		return false
	}
	if c.exprNames(d.Default, kind) {
		return true
	}
	for _, r := range d.Depends {
		want := model.RefFunction
		if kind == "t" {
			want = model.RefType
		}
		if r.Kind == want && c.recreated[refKey(r)] && strings.Contains(d.Default, r.Name) {
			return true
		}
	}
	return false
}

// recreatedNames caches the qualified names of the types and functions in
// c.recreated for exprUsesRecreated; of is the set of keys it was built
// from.
type recreatedNames struct {
	names map[[2]string]string // name -> kind of key ("t", "f")
	of    map[string]bool
}

// columnsOverRecreated drops, before the drops of functions and types
// re-created, the column defaults that call or cast to them, and marks
// them (c.droppedDefaults) so that the column comparison sets them again.
// A generated column over them, or over a column converted, is dropped
// and added again instead (c.droppedColumns).
// A column a type's re-creation converts drops its default there, unless
// the default calls a function re-created, which is dropped earlier.
func (c *comparison) columnsOverRecreated() {
	if len(c.recreated) == 0 {
		return
	}
	for _, t := range c.from.Tables {
		tq := t.QualifiedName()
		tt := c.toTables[tq]
		if tt == nil || c.droppedTables[tq] || t.IsPartition() {
			continue
		}
		for _, col := range t.Columns {
			ref := model.ColumnRef{Table: tq, Column: col.Name}
			if c.goneColumn(ref) || tt.Column(col.Name) == nil {
				continue
			}
			if col.Generated != "" && c.generatedOverRecreated(tq, col.Generated) {
				// PostgreSQL neither drops what a generation expression
				// uses nor converts a column it reads: the column is
				// dropped before and added again after.
				c.droppedColumns[ref] = true
				c.shapeChanged[tq] = true
				c.dropFromConversions(ref)
				continue
			}
			if col.Default == "" {
				continue
			}
			switch {
			case c.droppedDefaults[ref] && c.exprNames(col.Default, "f"):
				c.keepDefault(ref)
			case c.droppedDefaults[ref] || !c.exprUsesRecreated(col.Default):
				continue
			}
			c.add(phPreAlter, DropColumnDefault{Table: tq, Column: col.Name, From: col.Default})
			c.droppedDefaults[ref] = true
		}
	}
}

// generatedOverRecreated reports whether a generation expression of table
// q names a type or function created again, or reads a column a type's
// re-creation converts.
func (c *comparison) generatedOverRecreated(q model.QualifiedName, expr string) bool {
	if c.exprUsesRecreated(expr) {
		return true
	}
	for _, name := range sqlident.ColumnNames(expr) {
		if c.touchedColumns[model.ColumnRef{Table: q, Column: name}] {
			return true
		}
	}
	return false
}

// dropFromConversions takes column ref, dropped after all, out of the
// re-creations that convert it.
func (c *comparison) dropFromConversions(ref model.ColumnRef) {
	c.keepConverted(func(ec EnumColumn) bool { return ec.Table != ref.Table || ec.Column != ref.Column })
}

// keepConverted keeps, in every re-creation of the plan that converts
// columns (RecreateEnum, RecreateDomain, RecreateComposite), only the
// columns keep accepts.
func (c *comparison) keepConverted(keep func(EnumColumn) bool) {
	filter := func(cols []EnumColumn) []EnumColumn {
		var out []EnumColumn
		for _, ec := range cols {
			if keep(ec) {
				out = append(out, ec)
			}
		}
		return out
	}
	for i, s := range c.steps[phEnum] {
		if op, ok := s.Op.(RecreateEnum); ok {
			op.Columns = filter(op.Columns)
			c.steps[phEnum][i].Op = op
		}
	}
	for i := range c.nodes[phRoutine] {
		for j, s := range c.nodes[phRoutine][i].steps {
			switch op := s.Op.(type) {
			case RecreateDomain:
				op.Columns = filter(op.Columns)
				c.nodes[phRoutine][i].steps[j].Op = op
			case RecreateComposite:
				op.Columns = filter(op.Columns)
				c.nodes[phRoutine][i].steps[j].Op = op
			}
		}
	}
}

// keepDefault clears DropDefault of column ref in the re-creation that
// converts it: an earlier step drops the default.
func (c *comparison) keepDefault(ref model.ColumnRef) {
	clear := func(cols []EnumColumn) {
		for i := range cols {
			if cols[i].Table == ref.Table && cols[i].Column == ref.Column {
				cols[i].DropDefault = false
			}
		}
	}
	for _, s := range c.steps[phEnum] {
		if op, ok := s.Op.(RecreateEnum); ok {
			clear(op.Columns)
		}
	}
	for _, n := range c.nodes[phRoutine] {
		for _, s := range n.steps {
			switch op := s.Op.(type) {
			case RecreateDomain:
				clear(op.Columns)
			case RecreateComposite:
				clear(op.Columns)
			}
		}
	}
}

// convertedColumns returns the columns of from's tables that the plan
// keeps and that use type q (or arrays of it), to be converted by its
// re-creation (a partition's are converted with its parent's), and marks
// them: touched (indexes and checks over them are
// re-created), their tables changed in shape (views over them are
// re-created), their defaults dropped and set again.
func (c *comparison) convertedColumns(q model.QualifiedName) []EnumColumn {
	var out []EnumColumn
	for _, t := range c.from.Tables {
		tq := t.QualifiedName()
		if c.droppedTables[tq] {
			continue
		}
		for _, col := range t.Columns {
			ref := model.ColumnRef{Table: tq, Column: col.Name}
			if col.TypeRef != q || c.droppedColumns[ref] {
				continue
			}
			c.touchedColumns[ref] = true
			c.shapeChanged[tq] = true
			if t.PartitionKey != "" && slices.Contains(sqlident.ColumnNames(t.PartitionKey), col.Name) {
				c.refuse(ErrRefused, "%s is created again (%s), but column %s of the partition key of %s uses it, "+
					"and PostgreSQL cannot change the type of a partition key column: change the partition key first, or keep the type as it is",
					c.typeDescription(q), c.recreateReason(q), col.Name, tq)
			}
			if t.IsPartition() {
				// Converted with its parent: PostgreSQL refuses to
				// convert a partition's column on its own.
				continue
			}
			out = append(out, EnumColumn{Table: tq, Column: col.Name,
				Array: parseType(col.Type).array, DropDefault: col.Default != ""})
			if col.Default != "" {
				c.droppedDefaults[ref] = true
			}
		}
	}
	return out
}

// recreateComposite replaces a composite type over a type created again:
// renamed away, created again from to, its columns converted through
// text, the old one dropped (at the end, when other types use it).
func (c *comparison) recreateComposite(from, to model.CompositeType) {
	q := to.QualifiedName()
	op := RecreateComposite{From: from, To: to, KeepOld: c.typeUsedByTypes(q)}
	op.To.Comment = ""
	// The values convert through text, attribute by position: the new
	// type is created with from's attributes (with to's types), and the
	// attributes that go or come are dropped and added after, as ALTER
	// TYPE can while columns use the type.
	op.To.Attributes = nil
	var later []Step
	for _, a := range from.Attributes {
		if n := findAttribute(to.Attributes, a.Name); n != nil {
			a = *n
		} else {
			later = append(later, Step{Op: DropAttribute{Type: q, Attribute: a}})
		}
		a.Comment = ""
		op.To.Attributes = append(op.To.Attributes, a)
	}
	for _, a := range to.Attributes {
		if findAttribute(from.Attributes, a.Name) == nil {
			a.Comment = ""
			later = append(later, Step{Op: AddAttribute{Type: q, Attribute: a}})
		}
	}
	op.Columns = c.convertedColumns(q)
	var hz []Hazard
	for _, ec := range op.Columns {
		hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to convert %s to the new %s", ec.Table, ec.Column, q)})
	}
	c.addNode(phRoutine, typeKey(q), depKeys(to.Depends), append([]Step{{Op: op, Hazards: hz}}, later...)...)
	if op.KeepOld {
		c.dropRenamed(q, false, from.Depends)
	}
}

// recreateBodiesOverViews marks re-created the functions whose body
// (SQL-standard, BEGIN ATOMIC) reads a view re-created (redo) or a table
// dropped or changed in shape, which PostgreSQL would refuse to drop or
// change under them, and that the comparison of functions kept or
// replaced in place: they are dropped with the views and created again
// with them. It reports whether it marked any, for views' fixpoint (a view
// calling such a function is re-created too).
func (c *comparison) recreateBodiesOverViews(redo map[model.QualifiedName]bool) bool {
	marked := false
	for _, f := range c.from.Functions {
		key := refKey(f.Ref())
		if c.recreated[key] || !usesRelation(f) {
			continue
		}
		n := find(c.to.Functions, func(t *model.Function) bool { return refKey(t.Ref()) == key })
		if n == nil || !c.readsChangedRelation(f, redo) {
			continue
		}
		c.recreated[key] = true
		marked = true
		c.dropNodes(phView, key)
		c.addNode(phDropView, key, depKeys(f.Depends), Step{Op: DropFunction{Function: f}})
		c.addNode(createPhase(*n), key, depKeys(n.Depends), Step{Op: CreateFunction{Function: withoutComment(*n)}})
		if f.Comment == n.Comment {
			c.comment(functionRef(*n), "", n.Comment)
		}
	}
	return marked
}

// readsChangedRelation reports whether f's body reads a view re-created,
// or a table dropped or changed in shape.
func (c *comparison) readsChangedRelation(f model.Function, redo map[model.QualifiedName]bool) bool {
	for _, r := range f.Depends {
		q := model.QualifiedName{Schema: r.Schema, Name: r.Name}
		if r.Kind == model.RefRelation && (redo[q] || c.droppedTables[q] || c.shapeChanged[q]) {
			return true
		}
	}
	return false
}

// dropNodes removes the nodes of phase ph keyed key (a change in place
// that a re-creation replaces).
func (c *comparison) dropNodes(ph phase, key string) {
	kept := c.nodes[ph][:0]
	for _, n := range c.nodes[ph] {
		if n.key != key {
			kept = append(kept, n)
		}
	}
	c.nodes[ph] = kept
}

// typeDescription names type q with its kind, as from has it.
func (c *comparison) typeDescription(q model.QualifiedName) string {
	switch {
	case findEnum(c.from.Enums, q) != nil:
		return "enum " + q.String()
	case findDomain(c.from.Domains, q) != nil:
		return "domain " + q.String()
	}
	return "composite type " + q.String()
}

// recreateReason says why type q is created again.
func (c *comparison) recreateReason(q model.QualifiedName) string {
	switch {
	case findEnum(c.from.Enums, q) != nil:
		return "a label removed or moved, which ALTER TYPE cannot do"
	case findDomain(c.from.Domains, q) != nil:
		if fd, td := findDomain(c.from.Domains, q), findDomain(c.to.Domains, q); td != nil && (fd.Type != td.Type || !reflect.DeepEqual(fd.Collation, td.Collation)) {
			return "its base type or collation changes, which ALTER DOMAIN cannot do"
		}
	}
	return "a type it uses is created again"
}
