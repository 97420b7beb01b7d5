package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// sameAll is an Equivalence that finds every two texts the same, and
// counts what it is asked.
type sameAll struct{ asked *int }

func (s sameAll) SameExpression(a, b string) bool { *s.asked++; return true }
func (s sameAll) SameQuery(a, b string) bool      { *s.asked++; return true }

// TestEquivalence checks that printed texts that differ are a change
// unless the options' Equivalence finds them the same, and that equal
// texts never reach it.
func TestEquivalence(t *testing.T) {
	schema := func(check, view string) *model.Schema {
		return &model.Schema{
			Namespaces: []model.Namespace{{Name: "public"}},
			Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{{Name: "a", Type: "integer"}},
				Constraints: []model.Constraint{{Name: "t_a", Kind: model.Check, Columns: []string{"a"}, Expression: check}}}},
			Views: []model.View{{Schema: "public", Name: "v", Definition: view}},
		}
	}
	from, to := schema("(a > 0)", " SELECT 1"), schema("(a > (0))", " SELECT (1)")
	if d := cmp.Diff([]string{"DropView", "DropConstraint t_a", "AddConstraint t_a", "CreateView"}, opNames(Compare(from, to))); d != "" {
		t.Errorf("without an Equivalence (-want +got)\n%s", d)
	}
	asked := 0
	if p := CompareWith(from, to, Options{Equivalence: sameAll{&asked}}); !p.Empty() || asked == 0 {
		t.Errorf("with an Equivalence that finds them the same: %v, asked %d times, want no steps", opNames(p), asked)
	}
	asked = 0
	if p := CompareWith(from, from, Options{Equivalence: sameAll{&asked}}); !p.Empty() || asked != 0 {
		t.Errorf("equal texts: %v, asked %d times, want no steps, 0", opNames(p), asked)
	}
}
