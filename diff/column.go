package diff

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/retortdb/retort/model"
)

// alterColumn changes a column that exists on both sides (and is not
// re-created). The steps for one column are ordered: removals early (so a
// sequence or type they use can go), then expression, type, NOT NULL,
// identity, default.
func (c *comparison) alterColumn(q model.QualifiedName, fc, tc *model.Column) {
	ref := model.ColumnRef{Table: q, Column: tc.Name}
	fromDefault := fc.Default
	if c.droppedDefaults[ref] {
		fromDefault = ""
	}
	typeChanged := fc.Type != tc.Type || !reflect.DeepEqual(fc.Collation, tc.Collation)

	if fc.Identity != model.IdentityNone && tc.Identity == model.IdentityNone {
		c.add(phPreAlter, DropIdentity{Table: q, Column: tc.Name, Identity: fc.Identity, Sequence: fc.IdentitySequence})
	}
	// A default is dropped early when the type changes (the old default
	// may not convert), when it goes, or when it uses a sequence (which
	// may be dropped before the new default is set).
	if fromDefault != "" && (typeChanged || (fromDefault != tc.Default &&
		(tc.Default == "" || strings.Contains(fromDefault, "nextval(")))) {
		c.add(phPreAlter, DropColumnDefault{Table: q, Column: tc.Name, From: fromDefault})
		fromDefault = ""
	}

	switch {
	case fc.Generated != "" && tc.Generated == "":
		c.add(phAlterTable, DropColumnExpression{Table: q, Column: tc.Name, From: fc.Generated})
	case fc.Generated != tc.Generated:
		// Only from PostgreSQL 17 on (columnNeedsRecreate): a stored
		// column's values are computed again, a virtual one's when read.
		var hz []Hazard
		if !tc.Virtual {
			hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to compute %s with its new expression", q, tc.Name)})
		}
		c.add(phAlterTable, SetColumnExpression{Table: q, Column: tc.Name, From: fc.Generated, To: tc.Generated}, hz...)
	}
	if typeChanged {
		c.columnType(q, fc, tc)
	}
	c.notNull(q, fc, tc)
	switch {
	case fc.Identity == model.IdentityNone && tc.Identity != model.IdentityNone:
		c.add(phAlterTable, AddIdentity{Table: q, Column: tc.Name, Identity: tc.Identity, Sequence: tc.IdentitySequence})
		if seq := tc.IdentitySequence; seq != nil {
			c.add(phSequenceOwner, SyncSequence{Sequence: *seq, Column: ref})
		}
	case fc.Identity != model.IdentityNone && tc.Identity != model.IdentityNone &&
		(fc.Identity != tc.Identity || !reflect.DeepEqual(fc.IdentitySequence, tc.IdentitySequence)):
		c.add(phAlterTable, AlterIdentity{Table: q, Column: tc.Name, From: *fc, To: *tc})
	}
	if tc.Default != "" && tc.Default != fromDefault {
		c.add(phAlterTable, SetColumnDefault{Table: q, Column: tc.Name, Default: tc.Default})
	}
	if fc.NotNull && !tc.NotNull {
		c.add(phAlterTable, SetColumnNotNull{Table: q, Column: tc.Name, NotNull: false})
	}
	c.columnExtras(q, fc, tc)
}

// indexesOn names the indexes of a table that exists before the plan (and
// those behind its primary key, unique and exclusion constraints) that use
// a column: converting the column's type rebuilds them.
func (c *comparison) indexesOn(q model.QualifiedName, column string) []string {
	t := c.fromTables[q]
	if t == nil {
		return nil
	}
	var out []string
	for _, ix := range t.Indexes {
		if slices.Contains(ix.Columns, column) {
			out = append(out, ix.Name)
		}
	}
	for _, k := range t.Constraints {
		switch k.Kind {
		case model.PrimaryKey, model.Unique, model.Exclusion:
			if slices.Contains(k.Columns, column) {
				out = append(out, k.Name)
			}
		}
	}
	return out
}
