package migrate

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ids(steps []Step) []string {
	out := []string{}
	for _, s := range steps {
		out = append(out, s.Revision.ID)
	}
	return out
}

func TestPlans(t *testing.T) {
	linear := load(t, rev("r1"), rev("r2", "r1"), rev("r3", "r2"), rev("r4", "r3"))
	// two branches from r1, merged by m.
	merged := load(t, rev("r1"), rev("a1", "r1"), rev("a2", "a1"), rev("b1", "r1"), rev("m", "a2", "b1"))
	twoHeads := load(t, rev("r1"), rev("a1", "r1"), rev("b1", "r1"))
	dep := rev("x2", "x1")
	dep.DependsOn = []string{"a1"}
	depends := load(t, rev("r1"), rev("a1", "r1"), rev("x1"), dep)
	tests := []struct {
		name     string
		g        *Graph
		down     bool
		current  []string
		target   string
		want     []string
		sentinel error
		msg      string
	}{
		{"linear head", linear, false, nil, "head", []string{"r1", "r2", "r3", "r4"}, nil, ""},
		{"linear default", linear, false, []string{"r2"}, "", []string{"r3", "r4"}, nil, ""},
		{"linear +2", linear, false, []string{"r1"}, "+2", []string{"r2", "r3"}, nil, ""},
		{"linear +1 from base", linear, false, nil, "+1", []string{"r1"}, nil, ""},
		{"linear REV+N", linear, false, []string{"r1"}, "r2+1", []string{"r2", "r3"}, nil, ""},
		{"linear +9", linear, false, []string{"r1"}, "+9", nil, ErrUnknownRevision, "cannot go 9 steps up: r4 has no revision above it after 3 step(s)"},
		{"linear at head", linear, false, []string{"r4"}, "head", []string{}, nil, ""},
		{"linear -1", linear, true, []string{"r4"}, "-1", []string{"r4"}, nil, ""},
		{"linear -2", linear, true, []string{"r4"}, "-2", []string{"r4", "r3"}, nil, ""},
		{"linear REV-N", linear, true, []string{"r4"}, "r3-1", []string{"r4", "r3"}, nil, ""},
		{"linear to rev", linear, true, []string{"r4"}, "r2", []string{"r4", "r3"}, nil, ""},
		{"linear base", linear, true, []string{"r4"}, "base", []string{"r4", "r3", "r2", "r1"}, nil, ""},
		{"linear -5", linear, true, []string{"r4"}, "-5", nil, ErrUnknownRevision, "cannot go 5 steps down: only 4 revision(s) below r4"},
		{"down target not applied", linear, true, []string{"r2"}, "r3", nil, ErrUnknownRevision, "downgrade target r3 is not applied"},
		{"unknown current", linear, false, []string{"gone"}, "head", nil, ErrUnknownRevision, "the database is at revision gone, which is not among the revision files"},
		{"two heads head", twoHeads, false, nil, "head", nil, ErrMultipleHeads, "multiple heads (a1, b1)"},
		{"two heads heads", twoHeads, false, nil, "heads", []string{"r1", "a1", "b1"}, nil, ""},
		{"two heads one branch", twoHeads, false, []string{"r1"}, "b1", []string{"b1"}, nil, ""},
		{"two heads +1 ambiguous", twoHeads, false, []string{"r1"}, "+1", nil, ErrAmbiguousRevision, "r1 branches into a1, b1"},
		{"two heads -1 with two heads", twoHeads, true, []string{"a1", "b1"}, "-1", nil, ErrMultipleHeads, "multiple heads (a1, b1)"},
		{"two heads down one branch", twoHeads, true, []string{"a1", "b1"}, "r1", []string{"b1", "a1"}, nil, ""},
		{"merge head", merged, false, nil, "head", []string{"r1", "a1", "a2", "b1", "m"}, nil, ""},
		{"merge from one branch", merged, false, []string{"a2"}, "head", []string{"b1", "m"}, nil, ""},
		{"merge -1", merged, true, []string{"m"}, "-1", []string{"m"}, nil, ""},
		{"merge down to a1", merged, true, []string{"m"}, "a1", []string{"m", "a2"}, nil, ""},
		{"merge base", merged, true, []string{"m"}, "base", []string{"m", "b1", "a2", "a1", "r1"}, nil, ""},
		{"depends-on up", depends, false, nil, "x2", []string{"r1", "a1", "x1", "x2"}, nil, ""},
		{"depends-on down", depends, true, []string{"a1", "x2"}, "r1", []string{"x2", "a1"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := tt.g.UpgradePlan
			if tt.down {
				plan = tt.g.DowngradePlan
			}
			steps, err := plan(tt.current, tt.target)
			if tt.sentinel != nil {
				if !errors.Is(err, tt.sentinel) || !strings.Contains(err.Error(), tt.msg) {
					t.Errorf("error %v, want %v containing %q", err, tt.sentinel, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, ids(steps)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestUpThenDown walks each graph up to its heads and back to base,
// following NextHeads, and checks the version table contents on the way.
func TestUpThenDown(t *testing.T) {
	dep := rev("x2", "x1")
	dep.DependsOn = []string{"a1"}
	tests := []struct {
		name     string
		g        *Graph
		upTrail  [][]string // version table after each up step
		downLast []string
	}{
		{"merge", load(t, rev("r1"), rev("a1", "r1"), rev("b1", "r1"), rev("m", "a1", "b1")),
			[][]string{{"r1"}, {"a1"}, {"a1", "b1"}, {"m"}}, []string{}},
		{"depends-on", load(t, rev("r1"), rev("a1", "r1"), rev("x1"), dep),
			[][]string{{"r1"}, {"a1"}, {"a1", "x1"}, {"x2"}}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps, err := tt.g.UpgradePlan(nil, "heads")
			if err != nil {
				t.Fatal(err)
			}
			var cur []string
			var trail [][]string
			for _, s := range steps {
				cur = NextHeads(tt.g, cur, s)
				trail = append(trail, cur)
			}
			if d := cmp.Diff(tt.upTrail, trail); d != "" {
				t.Errorf("up (-want +got)\n%s", d)
			}
			down, err := tt.g.DowngradePlan(cur, "base")
			if err != nil {
				t.Fatal(err)
			}
			if len(down) != len(steps) {
				t.Errorf("down %v, up %v", ids(down), ids(steps))
			}
			for _, s := range down {
				cur = NextHeads(tt.g, cur, s)
			}
			if d := cmp.Diff(tt.downLast, cur); d != "" {
				t.Errorf("after base (-want +got)\n%s", d)
			}
		})
	}
}
