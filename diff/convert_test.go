package diff

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// oneColumn is a schema with table public.t holding one column c, the
// enums and domains given.
func oneColumn(col model.Column, enums []model.Enum, domains ...model.Domain) *model.Schema {
	col.Name = "c"
	return &model.Schema{
		Namespaces: []model.Namespace{{Name: "public"}},
		Enums:      enums,
		Domains:    domains,
		Tables:     []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{col}}},
	}
}

// columnTypeSteps returns a plan's AlterColumnType steps.
func columnTypeSteps(p *Plan) []AlterColumnType {
	var out []AlterColumnType
	for _, s := range p.Steps {
		if op, ok := s.Op.(AlterColumnType); ok {
			out = append(out, op)
		}
	}
	return out
}

func TestColumnConversion(t *testing.T) {
	ab := []model.Enum{{Schema: "public", Name: "a", Labels: []string{"x"}}, {Schema: "public", Name: "b", Labels: []string{"x"}}}
	small := model.Domain{Schema: "public", Name: "small", Type: "integer"}
	tests := []struct {
		name     string
		from, to model.Column
		enums    []model.Enum
		domains  []model.Domain
		want     AlterColumnType
	}{
		{"enum to another enum", model.Column{Type: "public.a"}, model.Column{Type: "public.b"}, ab, nil,
			AlterColumnType{From: "public.a", To: "public.b", Cast: CastViaText}},
		{"enum array to another enum array", model.Column{Type: "public.a[]"}, model.Column{Type: "public.b[]"}, ab, nil,
			AlterColumnType{From: "public.a[]", To: "public.b[]", Cast: CastViaText}},
		{"text to enum", model.Column{Type: "text"}, model.Column{Type: "public.b"}, ab, nil,
			AlterColumnType{From: "text", To: "public.b", Cast: CastExplicit}},
		{"enum to varchar", model.Column{Type: "public.a"}, model.Column{Type: "character varying"}, ab, nil,
			AlterColumnType{From: "public.a", To: "character varying", Cast: CastAssign}},
		{"domain over integer to bigint", model.Column{Type: "public.small"}, model.Column{Type: "bigint"}, nil, []model.Domain{small},
			AlterColumnType{From: "public.small", To: "bigint", Cast: CastAssign}},
		{"domain over integer to boolean", model.Column{Type: "public.small"}, model.Column{Type: "boolean"}, nil, []model.Domain{small},
			AlterColumnType{From: "public.small", To: "boolean", Cast: CastExplicit}},
		{"the model's expression", model.Column{Type: "bigint"}, model.Column{Type: "timestamp with time zone", Using: "to_timestamp(c)"}, nil, nil,
			AlterColumnType{From: "bigint", To: "timestamp with time zone", Cast: CastExplicit, Using: "to_timestamp(c)"}},
		{"the model's expression where a cast exists", model.Column{Type: "integer"}, model.Column{Type: "boolean", Using: "c <> 0"}, nil, nil,
			AlterColumnType{From: "integer", To: "boolean", Cast: CastExplicit, Using: "c <> 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(oneColumn(tt.from, tt.enums, tt.domains...), oneColumn(tt.to, tt.enums, tt.domains...))
			if len(p.Errors) > 0 {
				t.Fatalf("plan errors: %v", p.Errors)
			}
			tt.want.Table, tt.want.Column = model.QualifiedName{Schema: "public", Name: "t"}, "c"
			if d := cmp.Diff([]AlterColumnType{tt.want}, columnTypeSteps(p)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestColumnConversionRefused checks that a conversion PostgreSQL has no
// cast for is a plan error naming the column, the types and the fix.
func TestColumnConversionRefused(t *testing.T) {
	ab := []model.Enum{{Schema: "public", Name: "a", Labels: []string{"x"}}}
	for _, pair := range [][2]string{
		{"bigint", "timestamp without time zone"}, {"boolean", "bigint"}, {"bigint", "boolean"},
		{"date", "integer"}, {"uuid", "integer"}, {"public.a", "integer"}, {"integer", "integer[]"},
	} {
		p := Compare(oneColumn(model.Column{Type: pair[0]}, ab), oneColumn(model.Column{Type: pair[1]}, ab))
		if len(columnTypeSteps(p)) != 0 {
			t.Errorf("%s to %s: planned %+v", pair[0], pair[1], columnTypeSteps(p))
		}
		want := "cannot convert column public.t.c from " + pair[0] + " to " + pair[1] + ": PostgreSQL has no cast between them; give the expression in the model: -- retort:using <expression>"
		if len(p.Errors) != 1 || p.Errors[0].Kind != ErrNoCast || !strings.HasPrefix(p.Errors[0].Message, want) || !strings.Contains(p.Errors[0].Message, "using: <expression> on the column in YAML") {
			t.Errorf("%s to %s: errors %q, want one starting %q", pair[0], pair[1], p.Errors, want)
		}
	}
}

// TestColumnConversionDowngrade checks the way back from a conversion the
// model's expression made: a cast where PostgreSQL has one, else a refused
// step first in the plan, with the upgrade's hazard saying so.
func TestColumnConversionDowngrade(t *testing.T) {
	head := oneColumn(model.Column{Type: "bigint"}, nil)
	want := oneColumn(model.Column{Type: "timestamp with time zone", Using: "to_timestamp(c)"}, nil)
	up := Compare(head, want)
	if !hasHazard(up, Irreversible, "the downgrade cannot convert public.t.c back from timestamp with time zone to bigint") {
		t.Errorf("upgrade hazards lack the irreversible downgrade: %+v", up.Steps)
	}
	down := Compare(want, head)
	if len(down.Errors) > 0 {
		t.Fatalf("downgrade errors: %v", down.Errors)
	}
	steps := columnTypeSteps(down)
	if len(steps) != 1 || !strings.HasPrefix(steps[0].Refused, "retort cannot convert public.t.c back from timestamp with time zone to bigint") {
		t.Fatalf("downgrade steps: %+v", steps)
	}
	if _, ok := down.Steps[0].Op.(AlterColumnType); !ok {
		t.Errorf("the refused step is not first: %v", opNames(down))
	}

	// integer to boolean has a cast back: the downgrade uses it.
	head = oneColumn(model.Column{Type: "integer"}, nil)
	want = oneColumn(model.Column{Type: "boolean", Using: "c <> 0"}, nil)
	down = Compare(want, head)
	if d := cmp.Diff([]AlterColumnType{{Table: model.QualifiedName{Schema: "public", Name: "t"}, Column: "c", From: "boolean", To: "integer", Cast: CastExplicit}}, columnTypeSteps(down)); d != "" || len(down.Errors) > 0 {
		t.Errorf("downgrade with a cast back (-want +got)\n%s%v", d, down.Errors)
	}
}

// TestColumnConversionUnchecked checks that a type retort has no cast
// facts for is converted with a cast and a warning.
func TestColumnConversionUnchecked(t *testing.T) {
	p := Compare(oneColumn(model.Column{Type: "public.hstore"}, nil), oneColumn(model.Column{Type: "jsonb"}, nil))
	if steps := columnTypeSteps(p); len(steps) != 1 || steps[0].Cast != CastUnchecked || len(p.Errors) > 0 {
		t.Fatalf("steps %+v, errors %v", steps, p.Errors)
	}
	if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0], "does not know whether PostgreSQL can cast public.hstore to jsonb") {
		t.Errorf("warnings: %q", p.Warnings)
	}
}

func hasHazard(p *Plan, kind HazardKind, prefix string) bool {
	for _, s := range p.Steps {
		for _, h := range s.Hazards {
			if h.Kind == kind && strings.HasPrefix(h.Message, prefix) {
				return true
			}
		}
	}
	return false
}

// TestExtensionDowngradeRefused checks that an older extension version is
// a refused step, first in the plan, and a newer one an update.
func TestExtensionDowngradeRefused(t *testing.T) {
	ext := func(v string) *model.Schema {
		return &model.Schema{Namespaces: []model.Namespace{{Name: "public"}},
			Extensions: []model.Extension{{Name: "hstore", Schema: "public", Version: v}},
			Tables:     []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{{Name: "c", Type: "integer"}}}}}
	}
	up := Compare(ext("1.4"), ext("1.7"))
	if d := cmp.Diff([]Step{{Op: AlterExtensionVersion{Name: "hstore", From: "1.4", To: "1.7"}, Hazards: up.Steps[0].Hazards}}, up.Steps); d != "" {
		t.Errorf("upgrade (-want +got)\n%s", d)
	}
	withColumn := ext("1.4")
	withColumn.Tables[0].Columns = append(withColumn.Tables[0].Columns, model.Column{Name: "d", Type: "text"})
	down := Compare(ext("1.7"), withColumn)
	if len(down.Steps) != 2 || len(down.Errors) > 0 {
		t.Fatalf("downgrade: %v %v", opNames(down), down.Errors)
	}
	op, ok := down.Steps[0].Op.(AlterExtensionVersion)
	if !ok || !strings.HasPrefix(op.Refused, "retort cannot downgrade extension hstore from version 1.7 to 1.4: extensions ship update scripts forward only") {
		t.Errorf("first step: %+v", down.Steps[0])
	}
	if h := down.Steps[0].Hazards; len(h) != 1 || h[0].Kind != ExtensionVersion {
		t.Errorf("hazards of the refused step: %+v", h)
	}
}

// TestColumnConversionDowngradeRenamed checks that the downgrade finds the
// model's expression of a column whose table and name the model renamed.
func TestColumnConversionDowngradeRenamed(t *testing.T) {
	head := oneColumn(model.Column{Type: "bigint"}, nil)
	head.Tables[0].Name, head.Tables[0].Columns[0].Name = "events", "at"
	want := oneColumn(model.Column{Type: "timestamp with time zone", Using: "to_timestamp(at)", RenamedFrom: "at"}, nil)
	want.Tables[0].RenamedFrom = "events"
	down := Compare(want, head)
	if len(down.Errors) > 0 {
		t.Fatalf("downgrade errors: %v", down.Errors)
	}
	steps := columnTypeSteps(down)
	if len(steps) != 1 || !strings.HasPrefix(steps[0].Refused, "retort cannot convert public.events.at back") {
		t.Fatalf("downgrade: %v %+v", opNames(down), steps)
	}
	up := Compare(head, want)
	if steps := columnTypeSteps(up); len(steps) != 1 || steps[0].Using != "to_timestamp(at)" || len(up.Errors) > 0 {
		t.Errorf("upgrade: %v %+v %v", opNames(up), steps, up.Errors)
	}
}

// TestDomainBaseConversion checks that the columns of a domain whose base
// type changes convert as a column's type would: through text from one
// enum to another, and a plan error naming the domain and its columns
// where PostgreSQL has no cast.
func TestDomainBaseConversion(t *testing.T) {
	ab := []model.Enum{{Schema: "public", Name: "a", Labels: []string{"x"}}, {Schema: "public", Name: "b", Labels: []string{"x"}}}
	col := model.Column{Type: "public.d", TypeRef: model.QualifiedName{Schema: "public", Name: "d"}}
	from := oneColumn(col, ab, model.Domain{Schema: "public", Name: "d", Type: "public.a"})
	to := oneColumn(col, ab, model.Domain{Schema: "public", Name: "d", Type: "public.b"})
	p := Compare(from, to)
	if err := p.Err(); err != nil {
		t.Fatalf("enum to enum: %v", err)
	}
	var found bool
	for _, s := range p.Steps {
		if op, ok := s.Op.(RecreateDomain); ok {
			found = true
			if !op.ViaText {
				t.Errorf("domain over enum a to enum b: the columns must convert through text")
			}
		}
	}
	if !found {
		t.Fatalf("no RecreateDomain step in %v", p.Steps)
	}

	from = oneColumn(col, nil, model.Domain{Schema: "public", Name: "d", Type: "bigint"})
	to = oneColumn(col, nil, model.Domain{Schema: "public", Name: "d", Type: "timestamp without time zone"})
	err := Compare(from, to).Err()
	want := "cannot move the columns of domain public.d (public.t.c) from base type bigint to timestamp without time zone: PostgreSQL has no cast between them"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("bigint to timestamp: error %v; want one containing %q", err, want)
	}
	if pe := (PlanError{}); !errors.As(err, &pe) || pe.Kind != ErrNoCast {
		t.Errorf("bigint to timestamp: %+v; want a PlanError of kind ErrNoCast", pe)
	}
}
