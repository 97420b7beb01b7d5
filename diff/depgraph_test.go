package diff

import (
	"errors"
	"strings"
	"testing"

	"github.com/retortdb/retort/model"
)

func TestCycleIsAnError(t *testing.T) {
	view := func(name string, deps ...string) model.View {
		v := model.View{Schema: "public", Name: name, Definition: " SELECT 1"}
		for _, d := range deps {
			v.Depends = append(v.Depends, model.Ref{Kind: model.RefRelation, Schema: "public", Name: d})
		}
		return v
	}
	// c waits on the a -> b -> a loop without being on it.
	to := &model.Schema{Views: []model.View{view("a", "b"), view("b", "a"), view("c", "a"), view("d")}}
	p := Compare(&model.Schema{}, to)
	err := p.Err()
	if err == nil {
		t.Fatalf("no error for a dependency cycle; plan has %d steps", len(p.Steps))
	}
	want := "dependency cycle: public.a -> public.b -> public.a (each depends on the next)"
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %q\nwant prefix %q", err, want)
	}
	// The error is typed: a caller tells a cycle from a refusal.
	var pe PlanError
	if !errors.As(err, &pe) || pe.Kind != ErrCycle {
		t.Errorf("errors.As(%v): %+v; want a PlanError of kind ErrCycle", err, pe)
	}

	acyclic := &model.Schema{Views: []model.View{view("a", "b"), view("b"), view("c", "a")}}
	if err := Compare(&model.Schema{}, acyclic).Err(); err != nil {
		t.Errorf("acyclic views: unexpected error %v", err)
	}
}
