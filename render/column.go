package render

import (
	"strconv"
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// columnDef renders a column definition as CREATE TABLE and ADD COLUMN
// take it: name type [COLLATE] [GENERATED ...] [DEFAULT] [NOT NULL].
func columnDef(c model.Column) string {
	s := Ident(c.Name) + " " + c.Type
	if c.Collation != nil {
		s += " COLLATE " + QualifiedName(*c.Collation)
	}
	switch {
	case c.Generated != "" && c.Virtual:
		s += " GENERATED ALWAYS AS " + parenthesized(c.Generated) + " VIRTUAL"
	case c.Generated != "":
		s += " GENERATED ALWAYS AS " + parenthesized(c.Generated) + " STORED"
	case c.Identity != model.IdentityNone:
		s += " " + identityClause(c.Identity, c.IdentitySequence)
	}
	if c.Default != "" {
		s += " DEFAULT " + c.Default
	}
	return s + notNullClause(c)
}

// notNullClause renders a column's NOT NULL as a column constraint, named
// when the column names it; "" when the column may hold NULLs.
func notNullClause(c model.Column) string {
	if !c.NotNull {
		return ""
	}
	s := " NOT NULL"
	if c.NotNullName != "" {
		s = " CONSTRAINT " + Ident(c.NotNullName) + s
	}
	if c.NotNullNoInherit {
		s += " NO INHERIT"
	}
	return s
}

// identityClause renders GENERATED ALWAYS|BY DEFAULT AS IDENTITY with the
// sequence's name and its non-default options. AS is never given: an
// identity sequence takes the column's type.
func identityClause(kind model.Identity, seq *model.Sequence) string {
	s := "GENERATED " + kind.String() + " AS IDENTITY"
	if seq == nil {
		return s
	}
	var opts []string
	if seq.Name != "" {
		opts = append(opts, "SEQUENCE NAME "+QualifiedName(seq.QualifiedName()))
	}
	opts = append(opts, seqOptions(*seq)...)
	if len(opts) > 0 {
		s += " (" + strings.Join(opts, " ") + ")"
	}
	return s
}

func alterColumn(t model.QualifiedName, column, action string) string {
	return alterTable(t, "ALTER COLUMN "+Ident(column)+" "+action)
}

// alterColumnType renders ALTER COLUMN ... TYPE with the USING clause the
// conversion needs: the model's expression, an explicit cast, or, from
// one enum to another, a cast through text (text[] for arrays). A refused
// conversion renders as the statement that stops the script.
func alterColumnType(op diff.AlterColumnType) string {
	if op.Refused != "" {
		return refusal(op.Refused)
	}
	s := "TYPE " + op.To
	if op.Collation != nil {
		s += " COLLATE " + QualifiedName(*op.Collation)
	}
	switch {
	case op.Using != "":
		s += " USING " + op.Using
		if strings.Contains(op.Using, "--") {
			// A comment at its end must not swallow what follows.
			s += "\n"
		}
	case op.Cast == diff.CastViaText && strings.HasSuffix(op.To, "[]"):
		s += " USING " + Ident(op.Column) + "::text[]::" + op.To
	case op.Cast == diff.CastViaText:
		s += " USING " + Ident(op.Column) + "::text::" + op.To
	case op.Cast != diff.CastAssign:
		s += " USING " + Ident(op.Column) + "::" + op.To
	}
	return alterColumn(op.Table, op.Column, s)
}

// refusal renders a step the plan refuses (diff's Refused fields): a
// statement that stops the script with the message, before the change it
// stands for, instead of SQL known to fail with a less helpful error.
func refusal(msg string) string {
	return "DO $retort$ BEGIN RAISE EXCEPTION USING MESSAGE = " + Literal(msg) + "; END $retort$"
}

// setNotNullViaCheck renders online mode's NOT NULL (ViaCheck): a check
// that the column IS NOT NULL, added NOT VALID and validated under a lock
// that lets writes go on, makes SET NOT NULL skip its scan of the table;
// the check goes once it has served.
func setNotNullViaCheck(op diff.SetColumnNotNull) []string {
	check := model.Constraint{
		Name: op.ViaCheck, Kind: model.Check, Columns: []string{op.Column},
		Expression: "(" + Ident(op.Column) + " IS NOT NULL)", NotValid: true,
	}
	op.ViaCheck = ""
	return []string{
		addConstraint(diff.AddConstraint{Table: op.Table, Constraint: check}),
		alterTable(op.Table, "VALIDATE CONSTRAINT "+Ident(check.Name)),
		setColumnNotNull(op),
		alterTable(op.Table, "DROP CONSTRAINT "+Ident(check.Name)),
	}
}

// setColumnNotNull renders SET or DROP NOT NULL, or, for a NOT NULL that
// is named, NO INHERIT or NOT VALID, PostgreSQL 18's ADD CONSTRAINT form.
func setColumnNotNull(op diff.SetColumnNotNull) string {
	if !op.NotNull {
		return alterColumn(op.Table, op.Column, "DROP NOT NULL")
	}
	if op.Constraint == "" && !op.NoInherit && !op.NotValid {
		return alterColumn(op.Table, op.Column, "SET NOT NULL")
	}
	s := "ADD "
	if op.Constraint != "" {
		s += "CONSTRAINT " + Ident(op.Constraint) + " "
	}
	s += "NOT NULL " + Ident(op.Column)
	if op.NoInherit {
		s += " NO INHERIT"
	}
	if op.NotValid {
		s += " NOT VALID"
	}
	return alterTable(op.Table, s)
}

func setColumnStatistics(op diff.SetColumnStatistics) string {
	n := -1
	if op.Statistics != nil {
		n = *op.Statistics
	}
	return alterColumn(op.Table, op.Column, "SET STATISTICS "+strconv.Itoa(n))
}

// alterIdentity renames the identity sequence first if its name changed,
// then sets the kind and the options that differ, in one ALTER COLUMN.
func alterIdentity(op diff.AlterIdentity) []string {
	var stmts, actions []string
	if op.From.Identity != op.To.Identity && op.To.Identity != model.IdentityNone {
		actions = append(actions, "SET GENERATED "+op.To.Identity.String())
	}
	if from, to := op.From.IdentitySequence, op.To.IdentitySequence; from != nil && to != nil {
		stmts = renameSequence(*from, *to)
		actions = append(actions, seqChanges(*from, *to, "SET ", false)...)
		if len(actions) > 0 {
			stmt := alterColumn(op.Table, op.Column, strings.Join(actions, " "))
			return append(stmts, restartIfOutside(stmt, "RESTART", to.QualifiedName(), *from, *to))
		}
	}
	if len(actions) > 0 {
		stmts = append(stmts, alterColumn(op.Table, op.Column, strings.Join(actions, " ")))
	}
	return stmts
}
