package diff

import "github.com/retortdb/retort/model"

// ReplaceIndexConcurrently changes an index without a moment where the
// table has neither: the new definition is built CONCURRENTLY under
// TempName, the old index is dropped CONCURRENTLY, and the new one takes
// its name.
type ReplaceIndexConcurrently struct {
	Table    model.QualifiedName
	From, To model.Index
	TempName string
}

// AddConstraintUsingIndex adds a primary key or unique constraint over a
// unique index built CONCURRENTLY just before (ADD CONSTRAINT ... USING
// INDEX), so that the only lock held for long does not block writes.
type AddConstraintUsingIndex struct {
	Table      model.QualifiedName
	Constraint model.Constraint
}

// OutsideTransaction reports whether the plan has a step that cannot run
// inside a transaction block (a concurrent index build or drop), or whose
// effect a later step of the same transaction cannot use (a label added
// to an enum).
func (p *Plan) OutsideTransaction() bool {
	for _, s := range p.Steps {
		switch op := s.Op.(type) {
		case CreateIndex:
			if op.Concurrently {
				return true
			}
		case DropIndex:
			if op.Concurrently {
				return true
			}
		case AddEnumValue, ReplaceIndexConcurrently, AddConstraintUsingIndex:
			return true
		}
	}
	return false
}

// onlineTable reports whether changes to the table should be planned
// lock-light: online mode is on, the table exists before the plan and
// keeps its rows, and it is not partitioned.
func (c *comparison) onlineTable(q model.QualifiedName) bool {
	if !c.opts.Online || c.newTables[q] || c.droppedTables[q] {
		return false
	}
	t := c.fromTables[q]
	return t != nil && t.PartitionKey == "" && (c.toTables[q] == nil || c.toTables[q].PartitionKey == "")
}

// onlineIndexSwap reports whether a changed index of an existing table can
// be built anew before the old one is dropped: the old one must survive
// until then, so none of its columns may be dropped or converted earlier
// in the plan (both would drop or rebuild it first).
func (c *comparison) onlineIndexSwap(q model.QualifiedName, old *model.Index) bool {
	if !c.onlineTable(q) {
		return false
	}
	from, to := c.fromTables[q], c.toTables[q]
	for _, name := range old.Columns {
		ref := model.ColumnRef{Table: q, Column: name}
		if c.goneColumn(ref) || c.touchedColumns[ref] {
			return false
		}
		fc, tc := from.Column(name), to.Column(name)
		if fc == nil || tc == nil || fc.Type != tc.Type || !sameCollation(fc.Collation, tc.Collation) {
			return false
		}
	}
	return true
}

func sameCollation(a, b *model.QualifiedName) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// tempIndexName is the name a replacing index is built under; it fits
// PostgreSQL's 63-byte identifiers.
func tempIndexName(name string) string {
	const suffix = "_retort_new"
	if len(name)+len(suffix) > maxIdentifier {
		name = name[:maxIdentifier-len(suffix)]
	}
	return name + suffix
}

// notNullCheckName is the name of the check through which online mode
// sets NOT NULL.
func notNullCheckName(table, column string) string {
	name := table + "_" + column + "_retort_not_null"
	if len(name) > maxIdentifier {
		name = name[len(name)-maxIdentifier:]
	}
	return name
}

// maxIdentifier is PostgreSQL's NAMEDATALEN - 1.
const maxIdentifier = 63

// setNotNullOnline sets NOT NULL without scanning the table under an
// ACCESS EXCLUSIVE lock: the step's check (SetColumnNotNull.ViaCheck) is
// added NOT VALID, validated under a lock that lets writes go on, and SET
// NOT NULL then uses it instead of a scan; the check is dropped
// afterwards.
func (c *comparison) setNotNullOnline(q model.QualifiedName, set SetColumnNotNull) {
	set.ViaCheck = notNullCheckName(q.Name, set.Column)
	c.add(phAlterTable, set)
}

// addConstraintOnline adds a constraint to an existing table without a
// long lock that blocks writes, where PostgreSQL allows it; it reports
// false when the constraint needs the plain ADD CONSTRAINT.
func (c *comparison) addConstraintOnline(q model.QualifiedName, k model.Constraint) bool {
	if !c.onlineTable(q) {
		return false
	}
	switch k.Kind {
	case model.ForeignKey, model.Check:
		ph := phAddConstraint
		if k.Kind == model.ForeignKey {
			ph = phAddForeignKey
		}
		valid := !k.NotValid
		k.NotValid = true
		c.add(ph, AddConstraint{Table: q, Constraint: k})
		if valid {
			c.add(ph, ValidateConstraint{Table: q, Name: k.Name})
		}
		return true
	case model.PrimaryKey, model.Unique:
		c.add(phAddConstraint, AddConstraintUsingIndex{Table: q, Constraint: k})
		return true
	}
	return false
}

func (ReplaceIndexConcurrently) isOp() {}
func (AddConstraintUsingIndex) isOp()  {}
