package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// recreateSteps names each step by its op type and, for the ops a
// re-creation orders, the object.
func recreateSteps(p *Plan) []string {
	var out []string
	for _, s := range p.Steps {
		name := strings.TrimPrefix(fmt.Sprintf("%T", s.Op), "diff.")
		switch op := s.Op.(type) {
		case RecreateDomain:
			name += " " + op.To.Name
		case DropDomain:
			name += " " + op.Domain.Name
		case DropRenamedType:
			name += " " + op.Type.Name
		case DropFunction:
			name += " " + op.Function.Name
		case CreateFunction:
			name += " " + op.Function.Name
		}
		out = append(out, name)
	}
	return out
}

func TestRecreateDependents(t *testing.T) {
	colorRef := model.Ref{Kind: model.RefType, Schema: "public", Name: "color"}
	color := model.Enum{Schema: "public", Name: "color", Labels: []string{"red", "green", "blue"}}
	twoColors := color
	twoColors.Labels = []string{"red", "green"}
	warm := model.Domain{Schema: "public", Name: "warm", Type: "public.color", Depends: []model.Ref{colorRef}}
	isWarm := model.Function{Schema: "public", Name: "is_warm", Arguments: "x public.color", IdentityArguments: "x public.color",
		Result: "boolean", Definition: "CREATE OR REPLACE FUNCTION public.is_warm(x public.color) ...", Depends: []model.Ref{colorRef}}
	keyed := model.Table{Schema: "public", Name: "paints", PartitionKey: "LIST (c)", Columns: []model.Column{
		{Name: "c", Type: "public.color", TypeRef: color.QualifiedName()}}}
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
		errors   []string
	}{
		{"domain and function over a re-created enum go: the old type is dropped after them",
			&model.Schema{Enums: []model.Enum{color}, Domains: []model.Domain{warm}, Functions: []model.Function{isWarm}},
			&model.Schema{Enums: []model.Enum{twoColors}},
			[]string{"DropFunction is_warm", "RecreateEnum", "DropDomain warm", "DropRenamedType color"}, nil},
		{"domain and function over a re-created enum stay: moved to the new type",
			&model.Schema{Enums: []model.Enum{color}, Domains: []model.Domain{warm}, Functions: []model.Function{isWarm}},
			&model.Schema{Enums: []model.Enum{twoColors}, Domains: []model.Domain{warm}, Functions: []model.Function{isWarm}},
			[]string{"DropFunction is_warm", "RecreateEnum", "CreateFunction is_warm", "RecreateDomain warm", "DropRenamedType color"}, nil},
		{"a partition key column of a re-created enum is refused",
			&model.Schema{Enums: []model.Enum{color}, Tables: []model.Table{keyed}},
			&model.Schema{Enums: []model.Enum{twoColors}, Tables: []model.Table{keyed}},
			[]string{"RecreateEnum"},
			[]string{"enum public.color is created again (a label removed or moved, which ALTER TYPE cannot do), " +
				"but column c of the partition key of public.paints uses it, and PostgreSQL cannot change the type of a partition key column: " +
				"change the partition key first, or keep the type as it is"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(tt.from, tt.to)
			if d := cmp.Diff(tt.want, recreateSteps(p)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
			if d := cmp.Diff(tt.errors, p.Messages()); d != "" {
				t.Errorf("errors (-want +got)\n%s", d)
			}
		})
	}
}
