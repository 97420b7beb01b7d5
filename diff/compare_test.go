package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// opNames lists a plan's operations as "Type target" strings.
func opNames(p *Plan) []string {
	var out []string
	for _, s := range p.Steps {
		name := strings.TrimPrefix(fmt.Sprintf("%T", s.Op), "diff.")
		switch op := s.Op.(type) {
		case DropConstraint:
			name += " " + op.Constraint.Name
		case AddConstraint:
			name += " " + op.Constraint.Name
		case DropTable:
			name += " " + op.Table.Name
		case CreateTable:
			name += " " + op.Table.Name
		case AddEnumValue:
			name += fmt.Sprintf(" %s before=%q after=%q", op.Label, op.Before, op.After)
		case CreateExtension:
			name += " " + op.Extension.Name
		case DropExtension:
			name += " " + op.Extension.Name
		}
		out = append(out, name)
	}
	return out
}

func pk(name string, cols ...string) model.Constraint {
	return model.Constraint{Name: name, Kind: model.PrimaryKey, Columns: cols}
}

func fkey(name, col string, ref model.QualifiedName, refCol string) model.Constraint {
	return model.Constraint{Name: name, Kind: model.ForeignKey, Columns: []string{col}, References: ref, RefColumns: []string{refCol}}
}

func TestCompareOrder(t *testing.T) {
	a := model.QualifiedName{Schema: "public", Name: "a"}
	b := model.QualifiedName{Schema: "public", Name: "b"}
	cycle := &model.Schema{
		Namespaces: []model.Namespace{{Name: "public"}},
		Tables: []model.Table{
			{Schema: "public", Name: "a", Columns: []model.Column{{Name: "id", Type: "integer", NotNull: true}, {Name: "b_id", Type: "integer"}},
				Constraints: []model.Constraint{pk("a_pkey", "id"), fkey("a_b_fk", "b_id", b, "id")}},
			{Schema: "public", Name: "b", Columns: []model.Column{{Name: "id", Type: "integer", NotNull: true}, {Name: "a_id", Type: "integer"}},
				Constraints: []model.Constraint{pk("b_pkey", "id"), fkey("b_a_fk", "a_id", a, "id")}},
		},
	}
	empty := &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}}
	mood := func(labels ...string) *model.Schema {
		return &model.Schema{Enums: []model.Enum{{Schema: "public", Name: "mood", Labels: labels}}}
	}
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		{"create cycle: tables, then foreign keys", empty, cycle,
			[]string{"CreateTable a", "CreateTable b", "AddConstraint a_b_fk", "AddConstraint b_a_fk"}},
		{"drop cycle: foreign keys, then tables", cycle, empty,
			[]string{"DropConstraint a_b_fk", "DropConstraint b_a_fk", "DropTable a", "DropTable b"}},
		{"no change", cycle, cycle, nil},
		{"enum labels added around existing ones", mood("ok"), mood("sad", "ok", "meh", "happy"),
			[]string{`AddEnumValue sad before="ok" after=""`, `AddEnumValue meh before="" after="ok"`, `AddEnumValue happy before="" after="meh"`}},
		{"enum label removed", mood("a", "b"), mood("a"), []string{"RecreateEnum"}},
		{"enum labels reordered", mood("a", "b"), mood("b", "a"), []string{"RecreateEnum"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, opNames(Compare(tt.from, tt.to))); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func TestSerialToIdentityOrder(t *testing.T) {
	tq := model.QualifiedName{Schema: "public", Name: "t"}
	seq := model.Sequence{Schema: "public", Name: "t_id_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1,
		OwnedBy: &model.ColumnRef{Table: tq, Column: "id"}}
	serial := &model.Schema{
		Sequences: []model.Sequence{seq},
		Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
			{Name: "id", Type: "integer", NotNull: true, Default: "nextval('public.t_id_seq'::regclass)"}}}},
	}
	idseq := seq
	idseq.OwnedBy = nil
	identity := &model.Schema{
		Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
			{Name: "id", Type: "integer", NotNull: true, Identity: model.IdentityAlways, IdentitySequence: &idseq}}}},
	}
	want := []string{"DropColumnDefault", "DropSequence", "AddIdentity", "SyncSequence"}
	if d := cmp.Diff(want, opNames(Compare(serial, identity))); d != "" {
		t.Errorf("serial to identity (-want +got)\n%s", d)
	}
	want = []string{"DropIdentity", "CreateSequence", "SetColumnDefault", "SetSequenceOwner", "SyncSequence"}
	if d := cmp.Diff(want, opNames(Compare(identity, serial))); d != "" {
		t.Errorf("identity to serial (-want +got)\n%s", d)
	}
}

// TestExtensionOrder checks that an extension is created after the ones it
// requires and dropped before them, whatever their names' order.
func TestExtensionOrder(t *testing.T) {
	with := &model.Schema{Extensions: []model.Extension{
		{Name: "bool_plperl", Schema: "public", Requires: []string{"plperl"}},
		{Name: "plperl", Schema: "pg_catalog"},
		{Name: "zz_uses_bool", Schema: "public", Requires: []string{"bool_plperl"}},
	}}
	without := &model.Schema{}
	if d := cmp.Diff([]string{"CreateExtension plperl", "CreateExtension bool_plperl", "CreateExtension zz_uses_bool"},
		opNames(Compare(without, with))); d != "" {
		t.Errorf("create order (-want +got)\n%s", d)
	}
	if d := cmp.Diff([]string{"DropExtension zz_uses_bool", "DropExtension bool_plperl", "DropExtension plperl"},
		opNames(Compare(with, without))); d != "" {
		t.Errorf("drop order (-want +got)\n%s", d)
	}
}
