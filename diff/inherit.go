package diff

import (
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
