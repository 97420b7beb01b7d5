package diff

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/retortdb/retort/model"
)

// classifyTables sets the partitions' attached indexes and keys apart
// (splitAttached), then decides which tables and columns of from are dropped
// (because they go, or to re-create them) and which tables are new, so that
// every later decision (foreign keys pointing at them, sequences they own,
// columns of a re-created enum) can see it.
func (c *comparison) classifyTables() {
	c.splitAttached()
	for _, ft := range c.from.Tables {
		q := ft.QualifiedName()
		tt, ok := c.toTables[q]
		if !ok || needsRecreate(&ft, tt) {
			c.droppedTables[q] = true
			if ok {
				c.newTables[q] = true
			}
			continue
		}
		for _, fc := range ft.Columns {
			tc := tt.Column(fc.Name)
			if tc == nil || c.columnNeedsRecreate(&fc, tc) {
				c.droppedColumns[model.ColumnRef{Table: q, Column: fc.Name}] = true
				c.shapeChanged[q] = true
			} else if fc.Type != tc.Type || !reflect.DeepEqual(fc.Collation, tc.Collation) {
				c.shapeChanged[q] = true
			}
		}
	}
	for _, tt := range c.to.Tables {
		if _, ok := c.fromTables[tt.QualifiedName()]; !ok {
			c.newTables[tt.QualifiedName()] = true
		}
	}
	c.dropPartitionsWithParents()
	c.classifyInheritance()
}

// tables compares tables, their columns, constraints and indexes.
// Partitions are dropped before their parents and created after them; the
// indexes and keys they have for their parent's follow (partindex.go).
func (c *comparison) tables() {
	c.keepAttachedLocals()
	for _, i := range byDepth(c.from.Tables, c.fromTables, true) {
		ft := &c.from.Tables[i]
		if c.droppedTables[ft.QualifiedName()] {
			c.dropTable(ft)
		}
	}
	for _, i := range byDepth(c.to.Tables, c.toTables, false) {
		tt := &c.to.Tables[i]
		q := tt.QualifiedName()
		if c.newTables[q] {
			c.createTable(tt)
			continue
		}
		c.alterTable(c.fromTables[q], tt)
	}
	c.renameAttached()
}

// needsRecreate reports whether a table cannot be changed into the other in
// place: PostgreSQL cannot turn an ordinary table into a partitioned one or
// change a partition key.
func needsRecreate(from, to *model.Table) bool {
	return from.PartitionKey != to.PartitionKey
}

// columnNeedsRecreate reports whether a column must be dropped and added
// again: a generation expression cannot be added to a column, nor a column
// switched between STORED and VIRTUAL, nor a virtual column's expression
// dropped; an expression can be changed in place (SET EXPRESSION) only
// from PostgreSQL 17 on.
func (c *comparison) columnNeedsRecreate(from, to *model.Column) bool {
	switch {
	case to.Generated == "":
		return from.Virtual
	case from.Generated == "" || from.Virtual != to.Virtual:
		return true
	}
	return from.Generated != to.Generated && !c.since(17)
}

func (c *comparison) dropTable(t *model.Table) {
	q := t.QualifiedName()
	// Foreign keys first, so that tables dropped together may reference
	// each other (cycles included).
	for _, k := range t.Constraints {
		if k.Kind == model.ForeignKey {
			c.add(phDropForeignKey, DropConstraint{Table: q, Constraint: k})
		}
	}
	// Policies too: a policy's expression may use another table that is
	// dropped along with this one.
	for _, p := range t.Policies {
		c.add(phDropTrigger, DropPolicy{Table: q, Policy: p})
	}
	c.add(phDropTable, DropTable{Table: *t},
		Hazard{DataLoss, fmt.Sprintf("drops table %s and all its rows", q)})
}

func (c *comparison) createTable(t *model.Table) {
	q := t.QualifiedName()
	create := *t
	create.Constraints = nil
	create.Indexes = nil
	create.Comment = ""
	create.RowSecurity, create.ForceRowSecurity, create.Policies = false, false, nil
	create.InheritedColumns, create.Rules = nil, nil
	create.Columns = nil
	var notValid []model.Column
	if t.PartitionOf != nil {
		create.Columns = c.partitionColumns(t)
	} else {
		for _, col := range t.Columns {
			add, later := c.newColumn(q, col, false)
			if later {
				notValid = append(notValid, col)
			}
			add.Comment, add.Statistics, add.Storage = "", nil, model.StorageDefault
			create.Columns = append(create.Columns, add)
		}
	}
	var later, inline []model.Constraint
	for _, k := range t.Constraints {
		// CREATE TABLE validates every check it is given, so NOT VALID ones
		// are added afterwards; foreign keys wait for their target tables.
		if k.Kind == model.ForeignKey || k.NotValid {
			later = append(later, k)
			continue
		}
		inline = append(inline, k)
		k.Comment, k.IndexComment = "", ""
		create.Constraints = append(create.Constraints, k)
	}
	c.add(phCreateTable, CreateTable{Table: create})
	for _, k := range inline {
		c.comment(ObjectRef{Kind: KindConstraint, Schema: q.Schema, Name: q.Name, Sub: k.Name}, "", k.Comment)
		c.comment(indexOf(q, &k), "", k.IndexComment)
	}
	if inherits(t) {
		c.childColumns(nil, t)
	} else if t.PartitionOf == nil {
		for _, col := range t.Columns {
			c.columnExtras(q, nil, &col)
		}
	}
	for _, k := range later {
		c.addConstraint(q, k)
	}
	for _, col := range notValid {
		c.addNotNull(phAddConstraint, q, &col)
	}
	for _, ix := range t.Indexes {
		c.createIndex(q, ix)
	}
	c.rowSecurity(nil, t)
	c.tableComments(nil, t)
}

// columnExtras sets what CREATE TABLE and ADD COLUMN cannot say: the
// statistics target and the storage mode.
func (c *comparison) columnExtras(q model.QualifiedName, from, to *model.Column) {
	var fromStats *int
	fromStorage := model.StorageDefault
	if from != nil {
		fromStats, fromStorage = from.Statistics, from.Storage
	}
	if !reflect.DeepEqual(fromStats, to.Statistics) {
		c.add(phAlterTable, SetColumnStatistics{Table: q, Column: to.Name, Statistics: to.Statistics})
	}
	if fromStorage != to.Storage {
		c.add(phAlterTable, SetColumnStorage{Table: q, Column: to.Name, Storage: to.Storage, Type: to.Type})
	}
}

// tableComments sets the comments of a table and of its columns,
// constraints and indexes; from is nil for a new table.
func (c *comparison) tableComments(from, to *model.Table) {
	q := to.QualifiedName()
	var old model.Table
	if from != nil {
		old = *from
	}
	c.comment(ObjectRef{Kind: KindTable, Schema: q.Schema, Name: q.Name}, old.Comment, to.Comment)
	for _, col := range to.Columns {
		was := ""
		if fc := old.Column(col.Name); fc != nil && !c.droppedColumns[model.ColumnRef{Table: q, Column: col.Name}] {
			was = fc.Comment
		}
		c.comment(ObjectRef{Kind: KindColumn, Schema: q.Schema, Name: q.Name, Sub: col.Name}, was, col.Comment)
	}
}

func (c *comparison) alterTable(from, to *model.Table) {
	q := to.QualifiedName()
	if to.PartitionOf != nil {
		c.partitionNotNull(from, to) // before ATTACH PARTITION, which needs them
	}
	c.partitionOf(from, to)
	if set, reset := optionChanges(from.Options, to.Options); len(set)+len(reset) > 0 {
		c.add(phAlterTable, SetTableOptions{Table: q, Set: set, Reset: reset})
	}
	if from.Unlogged != to.Unlogged {
		c.add(phAlterTable, SetTableLogged{Table: q, Unlogged: to.Unlogged},
			Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to switch it to %s", q, loggedWord(to.Unlogged))})
	}
	if inherits(from) || inherits(to) {
		c.childColumns(from, to)
		c.constraints(c.childConstraints(from, to))
	} else {
		if to.PartitionOf == nil {
			c.columns(q, from, to)
		}
		c.constraints(from, to)
	}
	c.indexes(from, to)
	c.rowSecurity(from, to)
	c.tableComments(from, to)
}

// columns compares the columns of a table that is not a partition (a
// partition's columns follow its parent's).
func (c *comparison) columns(q model.QualifiedName, from, to *model.Table) {
	for _, fc := range from.Columns {
		if to.Column(fc.Name) == nil {
			c.add(phDropColumn, DropColumn{Table: q, Column: fc},
				Hazard{DataLoss, fmt.Sprintf("drops column %s.%s and its values", q, fc.Name)})
		}
	}
	for i := range to.Columns {
		tc := &to.Columns[i]
		fc := from.Column(tc.Name)
		ref := model.ColumnRef{Table: q, Column: tc.Name}
		switch {
		case fc == nil:
			c.addColumn(q, tc)
		case c.droppedColumns[ref]:
			// A generated column's values are recomputed by the ADD COLUMN
			// (a rewrite, reported there); a plain column's are replaced.
			var hz []Hazard
			switch {
			case fc.Generated == "":
				hz = append(hz, Hazard{DataLoss, fmt.Sprintf("drops column %s.%s and re-adds it as a generated column: its values are replaced by the expression's", q, tc.Name)})
			case tc.Generated == "":
				hz = append(hz, Hazard{DataLoss, fmt.Sprintf("drops the virtual generated column %s.%s and adds an ordinary one (PostgreSQL cannot drop a virtual column's expression): it does not keep the computed values", q, tc.Name)})
			}
			c.add(phDropColumn, DropColumn{Table: q, Column: *fc}, hz...)
			c.addColumn(q, tc)
		default:
			c.alterColumn(q, fc, tc)
		}
	}
}

func (c *comparison) addColumn(q model.QualifiedName, col *model.Column) {
	add, later := c.newColumn(q, *col, true)
	add.Comment, add.Statistics, add.Storage = "", nil, model.StorageDefault
	var hz []Hazard
	switch {
	case col.Generated != "" && !col.Virtual:
		hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to compute the generated column %s", q, col.Name)})
	case col.Identity != model.IdentityNone:
		hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to fill the identity column %s", q, col.Name)})
	case volatileDefault(col.Default):
		hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s: the default of %s is volatile and is computed for every row", q, col.Name)})
	}
	c.add(phAlterTable, AddColumn{Table: q, Column: add}, hz...)
	if later {
		c.addNotNull(phAlterTable, q, col)
	}
	c.columnExtras(q, nil, col)
}

// volatileDefault guesses whether a default expression is volatile, which
// makes ADD COLUMN rewrite the table. It knows the common volatile
// functions; an unknown function is assumed stable.
func volatileDefault(expr string) bool {
	for _, f := range []string{"nextval(", "random(", "clock_timestamp(", "gen_random_uuid(", "uuid_generate_v", "timeofday("} {
		if strings.Contains(expr, f) {
			return true
		}
	}
	return false
}

func loggedWord(unlogged bool) string {
	if unlogged {
		return "UNLOGGED"
	}
	return "LOGGED"
}

// optionChanges returns the storage parameters to set (name=value) and to
// reset (name) to go from one option list to the other.
func optionChanges(from, to []string) (set, reset []string) {
	old := map[string]string{}
	for _, o := range from {
		k, v, _ := strings.Cut(o, "=")
		old[k] = v
	}
	seen := map[string]bool{}
	for _, o := range to {
		k, v, _ := strings.Cut(o, "=")
		seen[k] = true
		if w, ok := old[k]; !ok || w != v {
			set = append(set, o)
		}
	}
	for k := range old {
		if !seen[k] {
			reset = append(reset, k)
		}
	}
	sort.Strings(set)
	sort.Strings(reset)
	return set, reset
}
