package diff

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestCompareAttachedIndexes(t *testing.T) {
	cols := []model.Column{{Name: "id", Type: "integer"}, {Name: "note", Type: "text"}}
	parentIx := model.Index{Name: "p_note_idx", Method: "btree", Keys: []model.IndexKey{{Column: "note"}}, Columns: []string{"note"}}
	attached := func(name string) model.Index {
		ix := parentIx
		ix.Name, ix.AttachedTo = name, "p_note_idx"
		return ix
	}
	own := func(name string) model.Index {
		ix := parentIx
		ix.Name = name
		return ix
	}
	schema := func(parentIndexes []model.Index, p1 ...model.Index) *model.Schema {
		return &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}, Tables: []model.Table{
			{Schema: "public", Name: "p", PartitionKey: "LIST (id)", Columns: cols, Indexes: parentIndexes},
			{Schema: "public", Name: "p1", Columns: cols, Indexes: p1,
				PartitionOf: &model.QualifiedName{Schema: "public", Name: "p"}, PartitionBound: "FOR VALUES IN (1)"},
		}}
	}
	withIndex := []model.Index{parentIx}
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		// A hand-written model says nothing of the partitions' indexes:
		// they follow the parent's, whatever their names.
		{"a model without attached indexes plans nothing", schema(withIndex, attached("p1_note_idx")), schema(withIndex), nil},
		{"an attached index renamed in place", schema(withIndex, attached("p1_note_idx")), schema(withIndex, attached("p1_notes")),
			[]string{"Rename p1_note_idx -> p1_notes"}},
		{"the name PostgreSQL picks: a plain CREATE INDEX", schema(nil), schema(withIndex, attached("p1_note_idx")),
			[]string{"CreateIndex p.p_note_idx"}},
		{"another name: built ON ONLY and attached", schema(nil), schema(withIndex, attached("p1_notes")),
			[]string{"CreateIndex p.p_note_idx only", "CreateIndex p1.p1_notes", "AttachIndex p_note_idx <- p1_notes"}},
		{"the partition's own index is attached, not dropped", schema(nil, own("p1_by_note")), schema(withIndex, attached("p1_by_note")),
			[]string{"CreateIndex p.p_note_idx"}},
		{"the partition's own index stays its own", schema(nil, own("p1_by_note")), schema(withIndex, attached("p1_note_idx"), own("p1_by_note")),
			[]string{"CreateIndex p.p_note_idx only", "CreateIndex p1.p1_note_idx", "AttachIndex p_note_idx <- p1_note_idx"}},
		{"an attached index goes with its parent's", schema(withIndex, attached("p1_notes")), schema(nil),
			[]string{"DropIndex p.p_note_idx"}},
		{"an index of a new partition is renamed from PostgreSQL's name",
			&model.Schema{Namespaces: []model.Namespace{{Name: "public"}}, Tables: schema(withIndex).Tables[:1]},
			schema(withIndex, attached("p1_notes")),
			[]string{"CreateTable p1", "Rename p1_note_idx -> p1_notes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Compare(tt.from, tt.to).Steps {
				got = append(got, attachedOpName(s.Op))
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// attachedOpName names an operation with the indexes it touches.
func attachedOpName(op Op) string {
	switch op := op.(type) {
	case CreateIndex:
		s := fmt.Sprintf("CreateIndex %s.%s", op.Table.Name, op.Index.Name)
		if op.Only {
			s += " only"
		}
		return s
	case DropIndex:
		return fmt.Sprintf("DropIndex %s.%s", op.Table.Name, op.Index.Name)
	case AttachIndex:
		return fmt.Sprintf("AttachIndex %s <- %s", op.Parent.Name, op.Index.Name)
	case Rename:
		return fmt.Sprintf("Rename %s -> %s", op.Object.Sub, op.To)
	case CreateTable:
		return "CreateTable " + op.Table.Name
	}
	return fmt.Sprintf("%T", op)
}

func TestDefaultAttachedName(t *testing.T) {
	c := newComparison(&model.Schema{Tables: []model.Table{{Schema: "s", Name: "x", Indexes: []model.Index{{Name: "taken_note_idx"}}}}}, &model.Schema{})
	c.part = &partitions{}
	tests := []struct {
		table string
		a     attachedObject
		want  string
	}{
		{"p1", attachedObject{Index: &model.Index{Keys: []model.IndexKey{{Column: "a"}, {Column: "b"}}, Include: []string{"c"}}}, "p1_a_b_c_idx"},
		{"p1", attachedObject{Index: &model.Index{Keys: []model.IndexKey{{Expression: "lower(a)"}}}}, ""},
		{"p1", attachedObject{Constraint: &model.Constraint{Kind: model.PrimaryKey, Columns: []string{"a"}}}, "p1_pkey"},
		{"p1", attachedObject{Constraint: &model.Constraint{Kind: model.Unique, Columns: []string{"a", "b"}}}, "p1_a_b_key"},
		{"p1", attachedObject{Constraint: &model.Constraint{Kind: model.Exclusion}}, ""},
		{"taken", attachedObject{Index: &model.Index{Keys: []model.IndexKey{{Column: "note"}}}}, ""},
	}
	for _, tt := range tests {
		got := c.defaultAttachedName(&model.Table{Schema: "s", Name: tt.table}, tt.a)
		if got != tt.want {
			t.Errorf("%s %+v: got %q, want %q", tt.table, tt.a, got, tt.want)
		}
	}
}
