package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// inheritsClause renders INHERITS (parents) for CREATE TABLE, or nothing
// for a table without parents.
func inheritsClause(parents []model.QualifiedName) string {
	if len(parents) == 0 {
		return ""
	}
	names := make([]string, len(parents))
	for i, p := range parents {
		names[i] = QualifiedName(p)
	}
	return " INHERITS (" + strings.Join(names, ", ") + ")"
}

// addInherit renders ALTER TABLE child INHERIT parent.
func addInherit(op diff.AddInherit) string {
	return alterTable(op.Table, "INHERIT "+QualifiedName(op.Parent))
}

// dropInherit renders ALTER TABLE child NO INHERIT parent.
func dropInherit(op diff.DropInherit) string {
	return alterTable(op.Table, "NO INHERIT "+QualifiedName(op.Parent))
}
