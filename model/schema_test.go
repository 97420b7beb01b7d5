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
