package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// TestStatistics checks where statistics objects go in a plan: after the
// table and columns they use, before the columns they use go, not at all
// when their table goes; and that only a target changes in place.
func TestStatistics(t *testing.T) {
	orders := model.QualifiedName{Schema: "public", Name: "orders"}
	table := func(cols ...string) model.Table {
		tb := model.Table{Schema: "public", Name: "orders"}
		for _, c := range cols {
			tb.Columns = append(tb.Columns, model.Column{Name: c, Type: "text"})
		}
		return tb
	}
	stats := func(mod func(*model.Statistics), cols ...string) model.Statistics {
		st := model.Statistics{Schema: "public", Name: "st", Table: orders, Kinds: model.StatisticsKinds, Columns: cols}
		if mod != nil {
			mod(&st)
		}
		return st
	}
	schema := func(tb *model.Table, st ...model.Statistics) *model.Schema {
		s := &model.Schema{Statistics: st}
		if tb != nil {
			s.Tables = []model.Table{*tb}
		}
		return s
	}
	abc, ab := table("a", "b", "c"), table("a", "b")
	genA, genB := table("a", "b", "c"), table("a", "b", "c")
	genA.Columns[2].Generated, genB.Columns[2].Generated = "a", "b"
	target := 500
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		{"new with its table", schema(nil), schema(&abc, stats(nil, "a", "b")),
			[]string{"CreateTable orders", "CreateStatistics st"}},
		{"new on new columns", schema(&ab), schema(&abc, stats(nil, "b", "c")),
			[]string{"AddColumn", "CreateStatistics st"}},
		{"gone with its table", schema(&abc, stats(nil, "a", "b")), schema(nil),
			[]string{"DropTable orders"}},
		{"dropped before its column", schema(&abc, stats(nil, "b", "c")), schema(&ab),
			[]string{"DropStatistics st", "DropColumn"}},
		{"on a dropped column, kept on the others", schema(&abc, stats(nil, "a", "b", "c")), schema(&ab, stats(nil, "a", "b")),
			[]string{"DropStatistics st", "DropColumn", "CreateStatistics st"}},
		{"expression on a dropped column", schema(&abc, stats(func(st *model.Statistics) { st.Expressions = []string{"lower(c)"} }, "a")),
			schema(&ab), []string{"DropStatistics st", "DropColumn"}},
		{"on a column dropped and added again", schema(&genA, stats(nil, "a", "c")), schema(&genB, stats(nil, "a", "c")),
			[]string{"DropStatistics st", "DropColumn", "AddColumn", "CreateStatistics st"}},
		{"kinds change", schema(&abc, stats(nil, "a", "b")), schema(&abc, stats(func(st *model.Statistics) { st.Kinds = []string{"mcv"} }, "a", "b")),
			[]string{"DropStatistics st", "CreateStatistics st"}},
		{"target changes in place", schema(&abc, stats(nil, "a", "b")), schema(&abc, stats(func(st *model.Statistics) { st.Target = &target }, "a", "b")),
			[]string{"AlterStatistics st"}},
		{"comment", schema(&abc, stats(nil, "a", "b")), schema(&abc, stats(func(st *model.Statistics) { st.Comment = "ab" }, "a", "b")),
			[]string{"SetComment st ab"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(tt.from, tt.to)
			if d := cmp.Diff(tt.want, typeSteps(p)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
