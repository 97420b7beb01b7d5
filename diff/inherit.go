package diff

import (
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/retortdb/retort/model"
)

// Plain (non-partition) inheritance. A child lists only what it declares
// itself (Columns, Constraints) plus its own settings on the columns it
// inherits (InheritedColumns); the rest comes from its parents. PostgreSQL
// passes most column changes on a parent down to its children: ADD COLUMN,
// DROP COLUMN (of columns the child does not declare), ALTER TYPE, SET/DROP
// DEFAULT, SET/DROP NOT NULL, SET STATISTICS, SET STORAGE, and check
// constraints that are not NO INHERIT. The plan states such a change once,
// on the parent, and corrects a child afterwards only where the child wants
// something else. To know what a parent's statements leave on a child, the
// plan follows its own steps: tables are compared parents first, so when a
// child is compared the steps of all its ancestors are already in place.
//
// The phases give the order: links that go are removed first (the child then
// keeps the columns and checks as its own), columns a parent drops go with
// the parent's DROP COLUMN, a child's corrections come after its parents'
// changes (phAlterTable, parents first), and links that come are added once
// the child has the parent's columns and checks (phInherit).

// inheritance is the state kept about inheritance during one comparison.
type inheritance struct {
	// phys are the names of the columns a table holds in the catalog
	// (declared or inherited), per side.
	fromPhys, toPhys map[model.QualifiedName][]string
	// goneVia names, for a column of a child that a parent's DROP COLUMN
	// removes, the table whose statement does it.
	goneVia map[model.ColumnRef]model.QualifiedName
	// own indexes the column steps of each table seen so far (see ownOps);
	// scanned is how far each phase has been read.
	own     map[model.QualifiedName]map[string]touch
	scanned map[phase]int
	// conversionsFixed is set once inheritedConversions has run.
	conversionsFixed bool
}

// touch records which column settings a table's own steps change.
type touch uint8

const (
	touchNotNull touch = 1 << iota
	touchDefault
	touchStatistics
	touchStorage
	// touchAdded: the table adds the column in phAlterTable (its children
	// that lack it get it from the ADD COLUMN).
	touchAdded
	// touchEarlyAdd: the table adds the column before its parents' ALTER
	// steps, so a parent's ADD COLUMN merges into it.
	touchEarlyAdd
)

func (c *comparison) inheritance() *inheritance {
	if c.inh == nil {
		c.inh = &inheritance{
			fromPhys: map[model.QualifiedName][]string{},
			toPhys:   map[model.QualifiedName][]string{},
			goneVia:  map[model.ColumnRef]model.QualifiedName{},
			own:      map[model.QualifiedName]map[string]touch{},
			scanned:  map[phase]int{},
		}
	}
	return c.inh
}

// inherits reports whether t takes part in plain inheritance as a child.
func inherits(t *model.Table) bool { return t != nil && len(t.Inherits) > 0 }

// treeDepth is the length of the longest chain of PartitionOf and Inherits
// links from t up to a table that has no parent in tables: parents have a
// smaller depth than their children.
func treeDepth(tables map[model.QualifiedName]*model.Table, t *model.Table, memo map[model.QualifiedName]int) int {
	q := t.QualifiedName()
	if d, ok := memo[q]; ok {
		return d
	}
	memo[q] = 0 // a cycle (not a valid model) stops here
	parents := slices.Clone(t.Inherits)
	if t.PartitionOf != nil {
		parents = append(parents, *t.PartitionOf)
	}
	depth := 0
	for _, p := range parents {
		if pt := tables[p]; pt != nil {
			depth = max(depth, treeDepth(tables, pt, memo)+1)
		} else {
			depth = max(depth, 1)
		}
	}
	memo[q] = depth
	return depth
}

// physical returns the names of the columns t holds in the catalog: its
// parents' (in inheritance order), then its own.
func physical(tables map[model.QualifiedName]*model.Table, t *model.Table, memo map[model.QualifiedName][]string) []string {
	q := t.QualifiedName()
	if cols, ok := memo[q]; ok {
		return cols
	}
	memo[q] = nil // cycle guard
	var out []string
	seen := map[string]bool{}
	for _, p := range t.Inherits {
		pt := tables[p]
		if pt == nil {
			continue
		}
		for _, name := range physical(tables, pt, memo) {
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	for _, col := range t.Columns {
		if !seen[col.Name] {
			seen[col.Name] = true
			out = append(out, col.Name)
		}
	}
	memo[q] = out
	return out
}

func (c *comparison) fromPhysical(t *model.Table) []string {
	return physical(c.fromTables, t, c.inheritance().fromPhys)
}

func (c *comparison) toPhysical(t *model.Table) []string {
	return physical(c.toTables, t, c.inheritance().toPhys)
}

// effectiveColumn returns the state of column name of t as the catalog
// holds it: as t declares it, or as t inherits it (its parents' settings,
// or t's own where InheritedColumns has an entry).
func effectiveColumn(tables map[model.QualifiedName]*model.Table, t *model.Table, name string) (model.Column, bool) {
	return effective(tables, t, name, len(tables)+1)
}

func effective(tables map[model.QualifiedName]*model.Table, t *model.Table, name string, budget int) (model.Column, bool) {
	if col := t.Column(name); col != nil {
		return *col, true
	}
	if budget <= 0 {
		return model.Column{}, false
	}
	col, ok := inheritedBase(tables, t, name, budget-1)
	if !ok {
		return col, false
	}
	if e := findInheritedColumn(t, name); e != nil {
		col.NotNull, col.Default, col.Statistics, col.Storage, col.Comment = e.NotNull, e.Default, e.Statistics, e.Storage, e.Comment
	}
	return col, true
}

// inheritedBase is what CREATE TABLE ... INHERITS gives t's column name:
// the first parent's type, default and storage, NOT NULL if any parent has
// it, no statistics target and no comment.
func inheritedBase(tables map[model.QualifiedName]*model.Table, t *model.Table, name string, budget int) (model.Column, bool) {
	var base model.Column
	found := false
	for _, p := range t.Inherits {
		pt := tables[p]
		if pt == nil {
			continue
		}
		pc, ok := effective(tables, pt, name, budget)
		if !ok {
			continue
		}
		if !found {
			base = model.Column{Name: name, Type: pc.Type, TypeRef: pc.TypeRef, Collation: pc.Collation,
				Default: pc.Default, Storage: pc.Storage, Generated: pc.Generated, Virtual: pc.Virtual}
			found = true
		}
		base.NotNull = base.NotNull || (pc.NotNull && !pc.NotNullNoInherit)
	}
	return base, found
}

func findInheritedColumn(t *model.Table, name string) *model.Column {
	return find(t.InheritedColumns, func(col *model.Column) bool { return col.Name == name })
}

// providesColumn reports whether a parent of t (on the side tables
// describe) holds column name.
func providesColumn(tables map[model.QualifiedName]*model.Table, parents []model.QualifiedName, name string, memo map[model.QualifiedName][]string) bool {
	for _, p := range parents {
		if pt := tables[p]; pt != nil && slices.Contains(physical(tables, pt, memo), name) {
			return true
		}
	}
	return false
}

// keptLinks are the parents t has on both sides: PostgreSQL passes a
// parent's column changes to t through them while the plan alters
// tables. A table the plan creates gets them through all its parents.
func (c *comparison) keptLinks(q model.QualifiedName) []model.QualifiedName {
	tt := c.toTables[q]
	if tt == nil {
		return nil
	}
	ft := c.fromTables[q]
	if ft == nil || c.newTables[q] {
		return tt.Inherits
	}
	var out []model.QualifiedName
	for _, p := range tt.Inherits {
		if slices.Contains(ft.Inherits, p) {
			out = append(out, p)
		}
	}
	return out
}

// classifyInheritance marks the columns of kept children that the plan
// removes: those a parent's DROP COLUMN takes with it (the child does not
// declare them and has no other parent holding them), and those the child
// drops itself. A column the child stops declaring while a parent still
// gives it is not dropped (PostgreSQL cannot drop an inherited column).
// Children of a table whose shape changes change shape too.
func (c *comparison) classifyInheritance() {
	inh := c.inheritance()
	for _, i := range byDepth(c.from.Tables, c.fromTables, false) {
		ft := &c.from.Tables[i]
		q := ft.QualifiedName()
		tt := c.toTables[q]
		if tt == nil || c.droppedTables[q] || ft.PartitionOf != nil || tt.PartitionOf != nil || (!inherits(ft) && !inherits(tt)) {
			continue
		}
		toPhys := c.toPhysical(tt)
		for _, name := range c.fromPhysical(ft) {
			ref := model.ColumnRef{Table: q, Column: name}
			local := ft.Column(name) != nil
			kept, via := 0, model.QualifiedName{}
			dropped := false
			for _, p := range ft.Inherits {
				pt := c.fromTables[p]
				if pt == nil || !slices.Contains(c.fromPhysical(pt), name) || !slices.Contains(tt.Inherits, p) {
					continue // no such column there, or the link goes first (the column stays, as the child's own)
				}
				pref := model.ColumnRef{Table: p, Column: name}
				if c.droppedColumns[pref] {
					dropped = true
					if v, ok := inh.goneVia[pref]; ok {
						via = v
					} else {
						via = p
					}
					continue
				}
				kept++
			}
			switch {
			case kept == 0 && dropped && !local:
				c.droppedColumns[ref] = true
				c.shapeChanged[q] = true
				inh.goneVia[ref] = via
			case !slices.Contains(toPhys, name):
				c.droppedColumns[ref] = true
				c.shapeChanged[q] = true
			case c.droppedColumns[ref] && tt.Column(name) == nil:
				// declared on the child in from, only inherited in to:
				// it stays (see childColumns)
				delete(c.droppedColumns, ref)
			}
		}
		for _, p := range ft.Inherits {
			if c.shapeChanged[p] && slices.Contains(tt.Inherits, p) {
				c.shapeChanged[q] = true
			}
		}
	}
}

// ownOps returns which settings of which columns table q's own steps
// change, reading the steps added since the last call.
func (c *comparison) ownOps(q model.QualifiedName) map[string]touch {
	inh := c.inheritance()
	for _, ph := range []phase{phCreateTable, phPreAlter, phAlterTable} {
		steps := c.steps[ph]
		for _, s := range steps[inh.scanned[ph]:] {
			t, col, m := columnTouch(s.Op)
			if m == 0 {
				continue
			}
			if m == touchAdded && ph == phCreateTable {
				m = touchEarlyAdd
			}
			if inh.own[t] == nil {
				inh.own[t] = map[string]touch{}
			}
			inh.own[t][col] |= m
		}
		inh.scanned[ph] = len(steps)
	}
	return inh.own[q]
}

// columnTouch tells which column setting an op changes.
func columnTouch(op Op) (model.QualifiedName, string, touch) {
	switch op := op.(type) {
	case AddColumn:
		return op.Table, op.Column.Name, touchAdded
	case SetColumnDefault:
		return op.Table, op.Column, touchDefault
	case DropColumnDefault:
		return op.Table, op.Column, touchDefault
	case SetColumnNotNull:
		return op.Table, op.Column, touchNotNull
	case SetColumnStatistics:
		return op.Table, op.Column, touchStatistics
	case SetColumnStorage:
		return op.Table, op.Column, touchStorage
	}
	return model.QualifiedName{}, "", 0
}

// holdsBeforeAlter reports whether table q holds column name once tables
// are created and columns dropped, before any ALTER step of phAlterTable.
func (c *comparison) holdsBeforeAlter(q model.QualifiedName, name string, budget int) bool {
	tt := c.toTables[q]
	if tt == nil || budget <= 0 {
		return false
	}
	if c.ownOps(q)[name]&touchEarlyAdd != 0 {
		return true
	}
	if ft := c.fromTables[q]; ft != nil && !c.newTables[q] {
		return slices.Contains(c.fromPhysical(ft), name) && !c.droppedColumns[model.ColumnRef{Table: q, Column: name}]
	}
	if tt.Column(name) != nil {
		return true
	}
	for _, p := range tt.Inherits {
		if c.holdsBeforeAlter(p, name, budget-1) {
			return true
		}
	}
	return false
}

// addsDuringAlter reports whether table q gets column name in
// phAlterTable: by its own ADD COLUMN, or from a parent's that reaches it.
func (c *comparison) addsDuringAlter(q model.QualifiedName, name string, budget int) bool {
	if budget <= 0 {
		return false
	}
	if c.ownOps(q)[name]&touchAdded != 0 {
		return true
	}
	if c.holdsBeforeAlter(q, name, len(c.toTables)+1) {
		return false
	}
	for _, p := range c.keptLinks(q) {
		if c.addsDuringAlter(p, name, budget-1) {
			return true
		}
	}
	return false
}

// touchedFrom returns which settings of column name the ALTER steps of q
// and of its ancestors change; PostgreSQL passes each to q's children.
func (c *comparison) touchedFrom(q model.QualifiedName, name string, budget int) touch {
	if budget <= 0 {
		return 0
	}
	m := c.ownOps(q)[name] &^ (touchAdded | touchEarlyAdd)
	for _, p := range c.keptLinks(q) {
		m |= c.touchedFrom(p, name, budget-1)
	}
	return m
}

// before returns the state of column name of child t right before its own
// corrections: after CREATE TABLE (or as from has it, less what goes), and
// after every parent's ALTER step that reaches it. local is whether t
// declares the column by then (attislocal).
func (c *comparison) before(from, to *model.Table, name string) (col model.Column, present, local bool) {
	q := to.QualifiedName()
	budget := len(c.toTables) + 1
	switch {
	case from != nil:
		if c.ownOps(q)[name]&touchEarlyAdd != 0 {
			col, present, local = *to.Column(name), true, true
			col.Statistics, col.Storage, col.Comment = nil, model.StorageDefault, ""
			break
		}
		if !slices.Contains(c.fromPhysical(from), name) || c.droppedColumns[model.ColumnRef{Table: q, Column: name}] {
			break
		}
		col, present = effectiveColumn(c.fromTables, from, name)
		remaining := 0
		for _, p := range c.keptLinks(q) {
			if c.holdsBeforeAlter(p, name, budget) {
				remaining++
			}
		}
		local = from.Column(name) != nil || remaining == 0
	default:
		var base model.Column
		inherited := false
		for _, p := range to.Inherits {
			pt := c.toTables[p]
			if pt == nil || !c.holdsBeforeAlter(p, name, budget) {
				continue
			}
			pc, _ := effectiveColumn(c.toTables, pt, name)
			if !inherited {
				base = model.Column{Name: name, Type: pc.Type, Default: pc.Default, Storage: pc.Storage}
				inherited = true
			}
			base.NotNull = base.NotNull || (pc.NotNull && !pc.NotNullNoInherit)
		}
		if decl := to.Column(name); decl != nil {
			col, present, local = *decl, true, true
			col.Statistics, col.Storage, col.Comment = nil, model.StorageDefault, ""
			if inherited {
				col.NotNull = col.NotNull || base.NotNull
				if col.Default == "" {
					col.Default = base.Default
				}
				col.Storage = base.Storage
			}
		} else if inherited {
			col, present = base, true
		}
	}
	for _, p := range c.keptLinks(q) {
		pt := c.toTables[p]
		if pt == nil {
			continue
		}
		pc, ok := effectiveColumn(c.toTables, pt, name)
		if !ok {
			continue
		}
		if !present {
			// a column the child declares is added by the child itself,
			// before a parent's ADD COLUMN reaches it (addChildColumn)
			if to.Column(name) == nil && c.addsDuringAlter(p, name, budget) {
				col, present = pc, true
				col.Comment = ""
				col.NotNull = pc.NotNull && !pc.NotNullNoInherit
			}
			continue
		}
		m := c.touchedFrom(p, name, budget)
		if m&touchNotNull != 0 {
			col.NotNull = pc.NotNull && !pc.NotNullNoInherit
		}
		if m&touchDefault != 0 {
			col.Default = pc.Default
		}
		if m&touchStatistics != 0 {
			col.Statistics = pc.Statistics
		}
		if m&touchStorage != 0 {
			col.Storage = pc.Storage
		}
	}
	return col, present, local
}

// childColumns compares the columns of a table that has parents on either
// side; from is nil for a table the plan creates (CREATE TABLE has made
// the columns it declares).
func (c *comparison) childColumns(from, to *model.Table) {
	c.inheritedConversions()
	q := to.QualifiedName()
	fresh := from == nil
	fromParents := []model.QualifiedName(nil)
	if !fresh {
		fromParents = from.Inherits
		c.links(from, to)
		for _, name := range c.fromPhysical(from) {
			ref := model.ColumnRef{Table: q, Column: name}
			if !c.droppedColumns[ref] {
				continue
			}
			if via, ok := c.inheritance().goneVia[ref]; ok {
				c.hazardOnDrop(via, name, q)
				continue
			}
			fc, _ := effectiveColumn(c.fromTables, from, name)
			c.add(phDropColumn, DropColumn{Table: q, Column: fc},
				Hazard{DataLoss, fmt.Sprintf("drops column %s.%s and its values", q, name)})
		}
	}
	for _, name := range c.toPhysical(to) {
		ref := model.ColumnRef{Table: q, Column: name}
		want, _ := effectiveColumn(c.toTables, to, name)
		decl := to.Column(name)
		fromParent := providesColumn(c.toTables, to.Inherits, name, c.inheritance().toPhys) ||
			providesColumn(c.fromTables, fromParents, name, c.inheritance().fromPhys)
		if !fromParent {
			// a column only this table has: as for any table
			switch fc := declaredColumn(from, name); {
			case fresh:
				c.columnExtras(q, nil, decl)
			case fc == nil || c.droppedColumns[ref]:
				c.addColumn(q, decl)
			default:
				c.alterColumn(q, fc, decl)
			}
			continue
		}
		pre, present, local := c.before(from, to, name)
		if !present {
			if decl == nil {
				c.warnings = append(c.warnings, fmt.Sprintf(
					"table %s needs column %s before it can inherit it from a new parent; the plan adds it, and %s keeps it as its own column", q, name, q))
				decl = &want
			}
			c.addChildColumn(q, decl)
			continue
		}
		switch {
		case decl != nil && !local:
			c.warnings = append(c.warnings, fmt.Sprintf(
				"column %s of %s is inherited; PostgreSQL cannot make the child declare it too without re-creating the table, so it stays inherited only", name, q))
		case decl == nil && local && !fresh:
			c.warnings = append(c.warnings, fmt.Sprintf(
				"column %s of %s stays declared on the child as well as inherited; PostgreSQL cannot make it inherited only without re-creating the table", name, q))
		}
		c.settleColumn(q, pre, want, fresh || c.parentsTouched(q, name))
		if decl == nil {
			c.comment(ObjectRef{Kind: KindColumn, Schema: q.Schema, Name: q.Name, Sub: name}, pre.Comment, want.Comment)
		}
	}
}

// inheritedConversions takes out of the enum and domain re-creations the
// columns of children that a parent's conversion reaches: PostgreSQL
// converts them with the parent's ALTER COLUMN ... TYPE and refuses to
// convert an inherited column on its own.
func (c *comparison) inheritedConversions() {
	inh := c.inheritance()
	if inh.conversionsFixed {
		return
	}
	inh.conversionsFixed = true
	reached := func(cols []EnumColumn) []EnumColumn {
		var out []EnumColumn
		for _, ec := range cols {
			if !c.convertedByParent(ec) {
				out = append(out, ec)
			}
		}
		return out
	}
	for i, s := range c.steps[phEnum] {
		if op, ok := s.Op.(RecreateEnum); ok {
			op.Columns = reached(op.Columns)
			c.steps[phEnum][i].Op = op
		}
	}
	for i := range c.nodes[phRoutine] {
		for j, s := range c.nodes[phRoutine][i].steps {
			switch op := s.Op.(type) {
			case RecreateDomain:
				op.Columns = reached(op.Columns)
				c.nodes[phRoutine][i].steps[j].Op = op
			case RecreateComposite:
				op.Columns = reached(op.Columns)
				c.nodes[phRoutine][i].steps[j].Op = op
			}
		}
	}
}

// convertedByParent reports whether a parent that keeps its link to the
// column's table holds the column too, so that its conversion reaches it.
func (c *comparison) convertedByParent(ec EnumColumn) bool {
	ft := c.fromTables[ec.Table]
	if ft == nil || !inherits(ft) {
		return false
	}
	for _, p := range c.keptLinks(ec.Table) {
		pt := c.fromTables[p]
		if pt != nil && !c.droppedTables[p] && slices.Contains(c.fromPhysical(pt), ec.Column) &&
			!c.droppedColumns[model.ColumnRef{Table: p, Column: ec.Column}] {
			return true
		}
	}
	return false
}

// parentsTouched reports whether an ALTER step of a parent of q changes a
// setting of column name (then q's own correction must come after it).
func (c *comparison) parentsTouched(q model.QualifiedName, name string) bool {
	for _, p := range c.keptLinks(q) {
		if c.touchedFrom(p, name, len(c.toTables)+1) != 0 {
			return true
		}
	}
	return false
}

func declaredColumn(t *model.Table, name string) *model.Column {
	if t == nil {
		return nil
	}
	return t.Column(name)
}

// addChildColumn adds a column a child declares. When a parent's ADD
// COLUMN of the same name would reach the child, the child's comes first
// (in phCreateTable, after types and sequences exist), so that the
// parent's merges into it.
func (c *comparison) addChildColumn(q model.QualifiedName, col *model.Column) {
	early := false
	for _, p := range c.keptLinks(q) {
		if c.addsDuringAlter(p, col.Name, len(c.toTables)+1) {
			early = true
		}
	}
	if !early {
		c.addColumn(q, col)
		return
	}
	add := *col
	add.Comment, add.Statistics, add.Storage = "", nil, model.StorageDefault
	c.add(phCreateTable, AddColumn{Table: q, Column: add})
	c.columnExtras(q, nil, col)
}

// settleColumn sets what a child wants on a column that a parent also has,
// given its state after CREATE TABLE and its parents' steps. A default the
// child drops goes early, unless late: the table is created by the plan,
// or a parent's step sets the default in between.
func (c *comparison) settleColumn(q model.QualifiedName, pre, want model.Column, late bool) {
	if pre.Default != want.Default {
		if want.Default == "" {
			ph := phPreAlter
			if late {
				ph = phAlterTable
			}
			c.add(ph, DropColumnDefault{Table: q, Column: want.Name, From: pre.Default})
		} else {
			c.add(phAlterTable, SetColumnDefault{Table: q, Column: want.Name, Default: want.Default})
		}
	}
	if pre.NotNull != want.NotNull {
		var hz []Hazard
		if want.NotNull {
			hz = append(hz, Hazard{LongLock, fmt.Sprintf("scans table %s for NULLs in %s while holding an ACCESS EXCLUSIVE lock", q, want.Name)})
		}
		c.add(phAlterTable, SetColumnNotNull{Table: q, Column: want.Name, NotNull: want.NotNull}, hz...)
	}
	if !reflect.DeepEqual(pre.Statistics, want.Statistics) {
		c.add(phAlterTable, SetColumnStatistics{Table: q, Column: want.Name, Statistics: want.Statistics})
	}
	if pre.Storage != want.Storage {
		c.add(phAlterTable, SetColumnStorage{Table: q, Column: want.Name, Storage: want.Storage, Type: want.Type})
	}
}

// hazardOnDrop adds to the DROP COLUMN of table via that it also drops
// the column of child q.
func (c *comparison) hazardOnDrop(via model.QualifiedName, name string, q model.QualifiedName) {
	steps := c.steps[phDropColumn]
	for i := range steps {
		if d, ok := steps[i].Op.(DropColumn); ok && d.Table == via && d.Column.Name == name {
			steps[i].Hazards = append(steps[i].Hazards,
				Hazard{DataLoss, fmt.Sprintf("also drops the inherited column %s.%s and its values", q, name)})
			return
		}
	}
}

// links removes the parents a kept table loses (before anything else
// changes, so their column changes no longer reach it; it keeps their
// columns and checks as its own) and adds those it gains (once it has
// their columns and checks).
func (c *comparison) links(from, to *model.Table) {
	q := to.QualifiedName()
	for _, p := range from.Inherits {
		if !slices.Contains(to.Inherits, p) {
			c.add(phDropInherit, DropInherit{Table: q, Parent: p})
		}
	}
	for _, p := range to.Inherits {
		if !slices.Contains(from.Inherits, p) {
			c.add(phInherit, AddInherit{Table: q, Parent: p})
		}
	}
	if !slices.Equal(keepOrder(from.Inherits, to.Inherits), keepOrder(to.Inherits, from.Inherits)) {
		c.warnings = append(c.warnings, fmt.Sprintf(
			"the parents of %s change order; PostgreSQL cannot reorder them without re-creating the table, so the order stays", q))
	}
}

// keepOrder returns the names of a that b also has, in a's order.
func keepOrder(a, b []model.QualifiedName) []model.QualifiedName {
	var out []model.QualifiedName
	for _, q := range a {
		if slices.Contains(b, q) {
			out = append(out, q)
		}
	}
	return out
}

// inheritableChecks returns the check constraints t holds that pass to its
// children: its own that are not NO INHERIT, and those it inherits.
func inheritableChecks(tables map[model.QualifiedName]*model.Table, t *model.Table, budget int) map[string]model.Constraint {
	out := map[string]model.Constraint{}
	if budget <= 0 {
		return out
	}
	for _, p := range t.Inherits {
		if pt := tables[p]; pt != nil {
			for name, k := range inheritableChecks(tables, pt, budget-1) {
				if _, ok := out[name]; !ok {
					out[name] = k
				}
			}
		}
	}
	for _, k := range t.Constraints {
		if k.Kind == model.Check && !k.NoInherit {
			out[k.Name] = k
		}
	}
	return out
}

// childConstraints returns the constraint lists to compare for a kept
// child, in place of from's and to's. Before: what from declares, plus the
// checks it inherited only through links that go (NO INHERIT makes them
// its own). After: what to declares, plus the checks of a new parent that
// to does not declare (ALTER TABLE ... INHERIT needs the child to have
// them, and then the child keeps them as its own). A check the child stops
// declaring while a parent still gives it is left alone: PostgreSQL cannot
// drop an inherited constraint.
func (c *comparison) childConstraints(from, to *model.Table) (*model.Table, *model.Table) {
	q := to.QualifiedName()
	before, after := *from, *to
	before.Constraints = nil
	after.Constraints = slices.Clone(to.Constraints)
	budget := len(c.fromTables) + 1
	// checks a kept parent gives the child before and after the plan,
	// unchanged: the child inherits them throughout
	keptFrom, steady := map[string]bool{}, map[string]bool{}
	for _, p := range c.keptLinks(q) {
		fp, tp := c.fromTables[p], c.toTables[p]
		if fp == nil || tp == nil {
			continue
		}
		next := inheritableChecks(c.toTables, tp, budget)
		for name, k := range inheritableChecks(c.fromTables, fp, budget) {
			keptFrom[name] = true
			if n, ok := next[name]; ok && sameCheck(k, n) {
				steady[name] = true
			}
		}
	}
	for _, k := range from.Constraints {
		if findConstraint(to, k.Name) == nil && steady[k.Name] {
			c.warnings = append(c.warnings, fmt.Sprintf(
				"constraint %s of %s stays declared on the child as well as inherited; PostgreSQL cannot make it inherited only", k.Name, q))
			continue
		}
		before.Constraints = append(before.Constraints, k)
	}
	for _, p := range from.Inherits {
		pt := c.fromTables[p]
		if pt == nil || slices.Contains(to.Inherits, p) {
			continue
		}
		checks := inheritableChecks(c.fromTables, pt, budget)
		for _, name := range slices.Sorted(maps.Keys(checks)) {
			if findConstraint(&before, name) == nil && !keptFrom[name] {
				k := checks[name]
				k.Comment = ""
				before.Constraints = append(before.Constraints, k)
			}
		}
	}
	for _, p := range to.Inherits {
		pt := c.toTables[p]
		if pt == nil || slices.Contains(from.Inherits, p) {
			continue
		}
		checks := inheritableChecks(c.toTables, pt, budget)
		for _, name := range slices.Sorted(maps.Keys(checks)) {
			if findConstraint(&after, name) != nil {
				continue
			}
			k := checks[name]
			if fk := findConstraint(&before, name); fk != nil {
				k.Comment = fk.Comment
			} else {
				k.Comment = ""
			}
			after.Constraints = append(after.Constraints, k)
			c.warnings = append(c.warnings, fmt.Sprintf(
				"%s needs check %s before it can inherit from %s, and keeps it as its own", q, name, p))
		}
	}
	return &before, &after
}

// sameCheck reports whether two checks are the same but for comments.
func sameCheck(a, b model.Constraint) bool {
	a.Comment, b.Comment = "", ""
	return reflect.DeepEqual(a, b)
}
