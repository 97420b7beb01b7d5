package model

import (
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
