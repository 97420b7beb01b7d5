package diff

import (
	"fmt"

	"github.com/retortdb/retort/model"
)

// PostgreSQL 18 keeps a column's NOT NULL as a named constraint, which can
// be NOT VALID or NO INHERIT. On a server before 18 (or an unknown one) a
// plan says nothing of them: the names are not compared, and a model's NOT
// VALID or NO INHERIT NOT NULL is planned as a plain NOT NULL, with a
// warning.

// notNullName returns the constraint name a plan must spell out for col's
// NOT NULL on table: its name when the server keeps names and PostgreSQL
// would pick another, "" when the default does.
func (c *comparison) notNullName(table string, col *model.Column) string {
	if !c.since(18) || col.NotNullName == "" || col.NotNullName == model.DefaultNotNullName(table, col.Name) {
		return ""
	}
	return col.NotNullName
}

// newColumn returns col as CREATE TABLE or ADD COLUMN (added) give it: the
// NOT NULL constraint's name only where it is not the default, and without
// a NOT NULL that only ALTER TABLE ... ADD can make (later reports it: the
// caller adds it afterwards with addNotNull): a NOT VALID one, and, on a
// table that exists, a NO INHERIT one (ADD COLUMN would check the
// children's rows too).
func (c *comparison) newColumn(q model.QualifiedName, col model.Column, added bool) (out model.Column, later bool) {
	c.plainNotNull(q, &col)
	col.NotNullName = c.notNullName(q.Name, &col)
	if col.NotNullNotValid || (added && col.NotNullNoInherit) {
		col.NotNull, col.NotNullName, col.NotNullNotValid, col.NotNullNoInherit = false, "", false, false
		return col, true
	}
	return col, false
}

// plainNotNull turns a NOT VALID or NO INHERIT NOT NULL of the desired
// model into a plain one on a server before PostgreSQL 18, with a warning.
func (c *comparison) plainNotNull(q model.QualifiedName, col *model.Column) {
	if c.since(18) || !col.NotNull || (!col.NotNullNotValid && !col.NotNullNoInherit) {
		return
	}
	c.warnings = append(c.warnings, fmt.Sprintf("column %s.%s: NOT NULL NOT VALID and NO INHERIT need PostgreSQL 18; planned as a plain NOT NULL", q, col.Name))
	col.NotNullNotValid, col.NotNullNoInherit = false, false
}

// addNotNull makes an existing column NOT NULL as col says: SET NOT NULL,
// or, on PostgreSQL 18, ADD CONSTRAINT with a name, NO INHERIT or NOT VALID.
func (c *comparison) addNotNull(ph phase, q model.QualifiedName, col *model.Column) {
	op := SetColumnNotNull{Table: q, Column: col.Name, NotNull: true, Constraint: c.notNullName(q.Name, col)}
	if c.since(18) {
		op.NotValid, op.NoInherit = col.NotNullNotValid, col.NotNullNoInherit
	}
	if op.NotValid {
		c.add(ph, op)
		return
	}
	if c.onlineTable(q) {
		c.setNotNullOnline(q, op)
		return
	}
	c.add(ph, op, Hazard{LongLock, fmt.Sprintf("scans table %s for NULLs in %s while holding an ACCESS EXCLUSIVE lock", q, col.Name)})
}

// notNull changes the NOT NULL of a column that stays (except dropping it,
// which alterColumn does last): sets it, or, where the server names NOT
// NULL constraints, renames, validates, or re-creates it when it becomes NOT
// VALID or its NO INHERIT changes (neither can be altered in place).
func (c *comparison) notNull(q model.QualifiedName, fc, tc *model.Column) {
	to := *tc
	c.plainNotNull(q, &to)
	switch {
	case !to.NotNull:
		return
	case !fc.NotNull:
		c.addNotNull(phAlterTable, q, &to)
		return
	case !c.since(18):
		return
	}
	if fc.NotNullNoInherit != to.NotNullNoInherit || (!fc.NotNullNotValid && to.NotNullNotValid) {
		c.add(phAlterTable, SetColumnNotNull{Table: q, Column: to.Name, NotNull: false})
		c.addNotNull(phAlterTable, q, &to)
		return
	}
	name := fc.NotNullName
	if name != "" && to.NotNullName != "" && name != to.NotNullName {
		c.add(phAlterTable, Rename{Object: ObjectRef{Kind: KindConstraint, Schema: q.Schema, Name: q.Name, Sub: name}, To: to.NotNullName})
		name = to.NotNullName
	}
	if fc.NotNullNotValid && !to.NotNullNotValid && name != "" {
		c.add(phAddConstraint, ValidateConstraint{Table: q, Name: name})
	}
}
