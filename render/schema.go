package render

import (
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
	stmts := []string{
		"ALTER TYPE " + QualifiedName(old) + " RENAME TO " + Ident(tmp),
		createEnum(op.To),
	}
	for _, c := range op.Columns {
		if c.DropDefault {
			stmts = append(stmts, alterColumn(c.Table, c.Column, "DROP DEFAULT"))
		}
		typ, via := enum, "text"
		if c.Array {
			typ, via = enum+"[]", "text[]"
		}
		stmts = append(stmts, alterColumn(c.Table, c.Column,
			"TYPE "+typ+" USING "+Ident(c.Column)+"::"+via+"::"+typ))
	}
	return append(stmts, "DROP TYPE "+QualifiedName(model.QualifiedName{Schema: old.Schema, Name: tmp}))
}
