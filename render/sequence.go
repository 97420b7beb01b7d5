package render

import (
	"strconv"
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// seqOptions returns the options of s that differ from PostgreSQL's
// defaults for its type and increment direction, in CREATE SEQUENCE order,
// without AS (callers decide whether the type is spelled out).
func seqOptions(s model.Sequence) []string {
	var opts []string
	inc := s.Increment
	if inc == 0 {
		inc = 1
	}
	min, max := model.SequenceBounds(s.Type, inc)
	// START defaults to the sequence's own bounds, not the type's.
	start := s.Min
	if inc < 0 {
		start = s.Max
	}
	if s.Start != start {
		opts = append(opts, "START WITH "+itoa(s.Start))
	}
	if inc != 1 {
		opts = append(opts, "INCREMENT BY "+itoa(inc))
	}
	if s.Min != min {
		opts = append(opts, "MINVALUE "+itoa(s.Min))
	}
	if s.Max != max {
		opts = append(opts, "MAXVALUE "+itoa(s.Max))
	}
	if s.Cache > 1 {
		opts = append(opts, "CACHE "+itoa(s.Cache))
	}
	if s.Cycle {
		opts = append(opts, "CYCLE")
	}
	return opts
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func createSequence(s model.Sequence) string {
	parts := []string{"CREATE SEQUENCE " + QualifiedName(s.QualifiedName())}
	if s.Type != "" && s.Type != "bigint" {
		parts = append(parts, "AS "+s.Type)
	}
	parts = append(parts, seqOptions(s)...)
	return strings.Join(parts, " ")
}

// seqChanges returns the options that differ between from and to, each
// with the given prefix ("" for ALTER SEQUENCE, "SET " for identities).
// The current value is never touched (no RESTART).
func seqChanges(from, to model.Sequence, prefix string, withType bool) []string {
	var opts []string
	if withType && from.Type != to.Type {
		typ := to.Type
		if typ == "" {
			typ = "bigint"
		}
		opts = append(opts, prefix+"AS "+typ)
	}
	if from.Start != to.Start {
		opts = append(opts, prefix+"START WITH "+itoa(to.Start))
	}
	if from.Increment != to.Increment {
		opts = append(opts, prefix+"INCREMENT BY "+itoa(to.Increment))
	}
	if from.Min != to.Min {
		opts = append(opts, prefix+"MINVALUE "+itoa(to.Min))
	}
	if from.Max != to.Max {
		opts = append(opts, prefix+"MAXVALUE "+itoa(to.Max))
	}
	if from.Cache != to.Cache {
		cache := to.Cache
		if cache < 1 {
			cache = 1
		}
		opts = append(opts, prefix+"CACHE "+itoa(cache))
	}
	if from.Cycle != to.Cycle {
		if to.Cycle {
			opts = append(opts, prefix+"CYCLE")
		} else {
			opts = append(opts, prefix+"NO CYCLE")
		}
	}
	return opts
}

// renameSequence returns the ALTER SEQUENCE ... RENAME TO that gives from
// to's name, or nothing when the names are equal.
func renameSequence(from, to model.Sequence) []string {
	if from.Name == to.Name || to.Name == "" || from.Name == "" {
		return nil
	}
	return []string{"ALTER SEQUENCE " + QualifiedName(from.QualifiedName()) + " RENAME TO " + Ident(to.Name)}
}

// alterSequence renames the sequence if its name changed, then sets the
// changed options in one statement; it returns nothing when nothing changed.
func alterSequence(op diff.AlterSequence) []string {
	stmts := renameSequence(op.From, op.To)
	name := op.From.QualifiedName()
	if len(stmts) > 0 {
		name.Name = op.To.Name
	}
	if opts := seqChanges(op.From, op.To, "", true); len(opts) > 0 {
		stmt := "ALTER SEQUENCE " + QualifiedName(name) + " " + strings.Join(opts, " ")
		stmts = append(stmts, restartIfOutside(stmt, "RESTART", name, op.From, op.To))
	}
	return stmts
}

// restartIfOutside wraps an ALTER that tightens a sequence's bounds:
// PostgreSQL refuses it while the current value lies outside the new bounds,
// so in that case, and only then, the sequence restarts at its (new) start
// value. A sequence whose current value fits is not touched. stmt is the
// ALTER without its restart clause; restart is that clause.
func restartIfOutside(stmt, restart string, name model.QualifiedName, from, to model.Sequence) string {
	var conds []string
	if to.Min > from.Min {
		conds = append(conds, "last_value < "+itoa(to.Min))
	}
	if to.Max < from.Max {
		conds = append(conds, "last_value > "+itoa(to.Max))
	}
	if len(conds) == 0 {
		return stmt
	}
	return "DO $retort$ BEGIN IF EXISTS (SELECT FROM " + QualifiedName(name) + " WHERE " + strings.Join(conds, " OR ") +
		") THEN " + stmt + " " + restart + "; ELSE " + stmt + "; END IF; END $retort$"
}
func setSequenceOwner(op diff.SetSequenceOwner) string {
	owner := "NONE"
	if op.Owner != nil {
		owner = columnName(op.Owner.Table, op.Owner.Column)
	}
	return "ALTER SEQUENCE " + QualifiedName(op.Sequence) + " OWNED BY " + owner
}

// syncSequence sets a sequence to the largest value its column holds (the
// smallest for a descending sequence), when there is one within the
// sequence's bounds.
func syncSequence(op diff.SyncSequence) string {
	agg := "max"
	if op.Sequence.Increment < 0 {
		agg = "min"
	}
	seq := QualifiedName(op.Sequence.QualifiedName())
	val := agg + "(" + Ident(op.Column.Column) + ")"
	return "SELECT pg_catalog.setval(" + Literal(seq) + "::regclass, " + val + ") FROM " + QualifiedName(op.Column.Table) +
		" HAVING " + val + " BETWEEN " + itoa(op.Sequence.Min) + " AND " + itoa(op.Sequence.Max)
}
