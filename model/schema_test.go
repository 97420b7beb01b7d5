package model

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSortOrdersNestedLists checks that Sort reaches the lists inside
// tables and views, whose order the catalog does not fix.
func TestSortOrdersNestedLists(t *testing.T) {
	s := Schema{
		Tables: []Table{{Schema: "a", Name: "t",
			Triggers: []Trigger{{Name: "z"}, {Name: "b"}},
			Policies: []Policy{{Name: "y"}, {Name: "c"}},
			Rules:    []Rule{{Name: "x"}, {Name: "d"}},
		}},
		Views: []View{{Schema: "a", Name: "v",
			Triggers: []Trigger{{Name: "w"}, {Name: "e"}},
			Rules:    []Rule{{Name: "v"}, {Name: "f"}},
		}},
	}
	s.Sort()
	want := Schema{
		Tables: []Table{{Schema: "a", Name: "t",
			Triggers: []Trigger{{Name: "b"}, {Name: "z"}},
			Policies: []Policy{{Name: "c"}, {Name: "y"}},
			Rules:    []Rule{{Name: "d"}, {Name: "x"}},
		}},
		Views: []View{{Schema: "a", Name: "v",
			Triggers: []Trigger{{Name: "e"}, {Name: "w"}},
			Rules:    []Rule{{Name: "f"}, {Name: "v"}},
		}},
	}
	if d := cmp.Diff(want, s); d != "" {
		t.Errorf("Sort (-want +got)\n%s", d)
	}
}

func TestSequenceBounds(t *testing.T) {
	for _, c := range []struct {
		typ           string
		increment     int64
		wantMin, want int64
	}{
		{"smallint", 1, 1, 32767},
		{"smallint", -1, -32768, -1},
		{"integer", 5, 1, 2147483647},
		{"integer", -5, -2147483648, -1},
		{"bigint", 1, 1, 9223372036854775807},
		{"", -1, -9223372036854775808, -1},
	} {
		min, max := SequenceBounds(c.typ, c.increment)
		if min != c.wantMin || max != c.want {
			t.Errorf("SequenceBounds(%q, %d) = %d, %d, want %d, %d", c.typ, c.increment, min, max, c.wantMin, c.want)
		}
	}
}

func TestKeepTables(t *testing.T) {
	a := QualifiedName{Schema: "app", Name: "a"}
	b := QualifiedName{Schema: "app", Name: "b"}
	fk := Constraint{Name: "a_b_fk", Kind: ForeignKey, References: b}
	s := &Schema{
		Tables: []Table{{Schema: "app", Name: "a", Constraints: []Constraint{fk}}, {Schema: "app", Name: "b"}},
		Sequences: []Sequence{
			{Schema: "app", Name: "a_id_seq", OwnedBy: &ColumnRef{Table: a, Column: "id"}},
			{Schema: "app", Name: "b_id_seq", OwnedBy: &ColumnRef{Table: b, Column: "id"}},
			{Schema: "app", Name: "free_seq"},
		},
		Statistics: []Statistics{{Schema: "app", Name: "a_st", Table: a}, {Schema: "app", Name: "b_st", Table: b}},
	}
	left := s.KeepTables(func(q QualifiedName) bool { return q == a })
	if len(left) != 1 || left[0].Table != a || left[0].Constraint.Name != "a_b_fk" {
		t.Errorf("left out %+v, want a_b_fk of app.a", left)
	}
	if len(s.Tables) != 1 || s.Tables[0].Name != "a" || len(s.Tables[0].Constraints) != 0 {
		t.Errorf("tables %+v, want app.a without its foreign key", s.Tables)
	}
	var seqs, stats []string
	for _, q := range s.Sequences {
		seqs = append(seqs, q.Name)
	}
	for _, st := range s.Statistics {
		stats = append(stats, st.Name)
	}
	if strings.Join(seqs, ",") != "a_id_seq,free_seq" || strings.Join(stats, ",") != "a_st" {
		t.Errorf("sequences %v and statistics %v, want a_id_seq,free_seq and a_st", seqs, stats)
	}
}

func TestDefaultMultirangeName(t *testing.T) {
	for name, want := range map[string]string{
		"timerange":  "timemultirange",
		"range_of_x": "multirange_of_x",
		"span":       "span_multirange",
		"Range":      "Range_multirange",
	} {
		if got := DefaultMultirangeName(name); got != want {
			t.Errorf("DefaultMultirangeName(%q) = %q, want %q", name, got, want)
		}
	}
}
