package render

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

func createExtension(e model.Extension) string {
	s := "CREATE EXTENSION " + Ident(e.Name)
	if e.Schema != "" {
		s += " WITH SCHEMA " + Ident(e.Schema)
	}
	if e.Version != "" {
		s += " VERSION " + Literal(e.Version)
	}
	return s
}

func createEnum(e model.Enum) string {
	labels := make([]string, len(e.Labels))
	for i, l := range e.Labels {
		labels[i] = Literal(l)
	}
	return "CREATE TYPE " + QualifiedName(e.QualifiedName()) + " AS ENUM (" + strings.Join(labels, ", ") + ")"
}

func addEnumValue(op diff.AddEnumValue) string {
	s := "ALTER TYPE " + QualifiedName(op.Enum) + " ADD VALUE " + Literal(op.Label)
	switch {
	case op.Before != "":
		s += " BEFORE " + Literal(op.Before)
	case op.After != "":
		s += " AFTER " + Literal(op.After)
	}
	return s
}

// enumTempSuffix is appended to an enum's name while RecreateEnum replaces it.
const enumTempSuffix = "__retort_old"

// maxIdentLen is PostgreSQL's NAMEDATALEN-1: longer names are truncated.
const maxIdentLen = 63

// enumTempName returns the name the old enum takes during RecreateEnum:
// the name plus enumTempSuffix, the name cut (on a character boundary) so
// the whole fits in maxIdentLen bytes.
func enumTempName(name string) string {
	keep := maxIdentLen - len(enumTempSuffix)
	if len(name) > keep {
		cut := 0
		for i := range name { // i walks rune starts; cut ends on the last one <= keep
			if i > keep {
				break
			}
			cut = i
		}
		name = name[:cut]
	}
	return name + enumTempSuffix
}

func recreateEnum(op diff.RecreateEnum) []string {
	old := op.From.QualifiedName()
	tmp := enumTempName(old.Name)
	enum := QualifiedName(op.To.QualifiedName())
	stmts := refuseRemovedLabels(op)
	stmts = append(stmts,
		"ALTER TYPE "+QualifiedName(old)+" RENAME TO "+Ident(tmp),
		createEnum(op.To),
	)
	mapped := sortedKeys(op.Mapped)
	for _, c := range op.Columns {
		if c.DropDefault {
			stmts = append(stmts, alterColumn(c.Table, c.Column, "DROP DEFAULT"))
		}
		stmts = append(stmts, alterColumn(c.Table, c.Column, "TYPE "+enumConversion(c, enum, mapped, op.Mapped)))
	}
	if op.KeepOld {
		return stmts
	}
	return append(stmts, "DROP TYPE "+QualifiedName(model.QualifiedName{Schema: old.Schema, Name: tmp}))
}

// dropRenamedType renders DropRenamedType: the old type under the
// temporary name the re-creation gave it.
func dropRenamedType(op diff.DropRenamedType) string {
	kw := "DROP TYPE "
	if op.Domain {
		kw = "DROP DOMAIN "
	}
	return kw + QualifiedName(model.QualifiedName{Schema: op.Type.Schema, Name: enumTempName(op.Type.Name)})
}

// enumConversion returns "type USING expression" converting column c to
// the new enum through text, replacing the mapped labels.
func enumConversion(c diff.EnumColumn, enum string, labels []string, mapped map[string]string) string {
	col := Ident(c.Column)
	if c.Array {
		expr := col + "::text[]"
		for _, l := range labels {
			expr = "array_replace(" + expr + ", " + Literal(l) + ", " + Literal(mapped[l]) + ")"
		}
		return enum + "[] USING " + expr + "::" + enum + "[]"
	}
	if len(labels) == 0 {
		return enum + " USING " + col + "::text::" + enum
	}
	expr := "CASE " + col + "::text"
	for _, l := range labels {
		expr += " WHEN " + Literal(l) + " THEN " + Literal(mapped[l])
	}
	return enum + " USING (" + expr + " ELSE " + col + "::text END)::" + enum
}

// refuseRemovedLabels returns, for each label the enum loses without a
// mapping and each column converted, a DO block that stops the script
// with an error naming the label and the column when a row still holds
// the label.
func refuseRemovedLabels(op diff.RecreateEnum) []string {
	var stmts []string
	q := op.From.QualifiedName()
	for _, l := range op.From.Labels {
		if _, ok := op.Mapped[l]; ok || slices.Contains(op.To.Labels, l) {
			continue
		}
		for _, c := range op.Columns {
			cond := Ident(c.Column) + "::text = " + Literal(l)
			if c.Array {
				cond = Literal(l) + " = ANY (" + Ident(c.Column) + "::text[])"
			}
			msg := fmt.Sprintf("enum label '%s' of %s is still used by rows of %s.%s; map it with removed_labels: {%s: <label>} in the model, or update those rows first",
				l, q, c.Table, c.Column, l)
			body := "BEGIN IF EXISTS (SELECT FROM " + QualifiedName(c.Table) + " WHERE " + cond +
				") THEN RAISE EXCEPTION USING MESSAGE = " + Literal(msg) + "; END IF; END"
			stmts = append(stmts, "DO "+dollarQuoted(body))
		}
	}
	return stmts
}

// dollarQuoted quotes body with a dollar-quote tag it does not contain.
func dollarQuoted(body string) string {
	tag := "$retort$"
	for i := 1; strings.Contains(body, tag); i++ {
		tag = "$retort" + strconv.Itoa(i) + "$"
	}
	return tag + " " + body + " " + tag
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
