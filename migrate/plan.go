package migrate

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A Direction says whether a step applies a revision's upgrade or its downgrade.
type Direction int

// The directions of a step.
const (
	Up Direction = iota
	Down
)

// String returns "up" or "down", as written in the history table.
func (d Direction) String() string {
	if d == Down {
		return "down"
	}
	return "up"
}

func (d Direction) verb() string {
	if d == Down {
		return "downgrade"
	}
	return "upgrade"
}

// A Step is one revision applied in one direction.
type Step struct {
	Revision  *Revision
	Direction Direction
}

// SQL returns the step's SQL and the file line where it starts.
func (s Step) SQL() (string, int) {
	if s.Direction == Down {
		return s.Revision.Downgrade, s.Revision.DowngradeLine
	}
	return s.Revision.Upgrade, s.Revision.UpgradeLine
}

var relativePattern = regexp.MustCompile(`^(.*?)([+-])([0-9]+)$`)

// relative splits "REV+N" / "+N" (sign '+') or "REV-N" / "-N" (sign '-').
func relative(target string, sign byte) (ref string, n int, ok bool) {
	m := relativePattern.FindStringSubmatch(target)
	if m == nil || m[2][0] != sign {
		return "", 0, false
	}
	n, err := strconv.Atoi(m[3])
	if err != nil {
		return "", 0, false
	}
	return m[1], n, true
}

// UpgradePlan returns the steps that take a database whose version table
// holds current to target: "head" (the default for ""), "heads", a revision
// reference (see Resolve), "+N" (N steps up from the single current head) or
// "REV+N". The steps are every revision the target requires (via parents and
// depends-on) that is not applied yet, in topological order.
func (g *Graph) UpgradePlan(current []string, target string) ([]Step, error) {
	if err := g.checkKnown(current); err != nil {
		return nil, err
	}
	if target == "" {
		target = "head"
	}
	targets, err := g.resolveTarget(current, target, '+', g.walkUp)
	if err != nil {
		return nil, err
	}
	applied := g.ancestors(current...)
	want := g.ancestors(targets...)
	var steps []Step
	for _, id := range g.order {
		if want[id] && !applied[id] {
			steps = append(steps, Step{Revision: g.revs[id], Direction: Up})
		}
	}
	return steps, nil
}

// resolveTarget turns a target into revision ids: a relative target
// ("+N", "REV+N" with sign '+'; "-N", "REV-N" with '-') walks n steps from
// the current revisions (or REV), anything else is resolved as a revision
// reference.
func (g *Graph) resolveTarget(current []string, target string, sign byte, walk func([]string, int) ([]string, error)) ([]string, error) {
	ref, n, ok := relative(target, sign)
	if !ok {
		return g.Resolve(target)
	}
	start := current
	if ref != "" {
		ids, err := g.Resolve(ref)
		if err != nil {
			return nil, err
		}
		start = ids
	}
	return walk(start, n)
}

// DowngradePlan returns the steps that take a database whose version table
// holds current down to target: "base", a revision reference (see Resolve),
// "-N" (N steps down from the single current head) or "REV-N". The steps
// undo every applied revision that descends from the target (through
// parents or depends-on), newest first; applied revisions on other branches
// stay. The target must be applied.
func (g *Graph) DowngradePlan(current []string, target string) ([]Step, error) {
	if err := g.checkKnown(current); err != nil {
		return nil, err
	}
	if target == "" {
		return nil, fmt.Errorf("downgrade needs a target: base, a revision, or -N")
	}
	targets, err := g.resolveTarget(current, target, '-', g.walkDown)
	if err != nil {
		return nil, err
	}
	applied := g.ancestors(current...)
	for _, t := range targets {
		if !applied[t] {
			return nil, errorf(ErrUnknownRevision, "downgrade target %s is not applied (current: %s); use upgrade to move up", t, display(current))
		}
	}
	remove := applied
	if len(targets) > 0 {
		remove = g.descendants(targets...)
		for _, t := range targets {
			delete(remove, t)
		}
	}
	var steps []Step
	for i := len(g.order) - 1; i >= 0; i-- {
		id := g.order[i]
		if remove[id] && applied[id] {
			steps = append(steps, Step{Revision: g.revs[id], Direction: Down})
		}
	}
	return steps, nil
}

// walkUp goes n steps up (to children) from start (no id = base), which must
// hold at most one id, and each step must have exactly one way up.
func (g *Graph) walkUp(start []string, n int) ([]string, error) {
	if len(start) > 1 {
		return nil, &MultipleHeadsError{Heads: start}
	}
	cur := slices.Clone(start)
	for i := 0; i < n; i++ {
		var next []string
		from := "base"
		if len(cur) == 0 {
			next = g.Bases()
		} else {
			next, from = g.children[cur[0]], cur[0]
		}
		switch {
		case len(next) == 0:
			return nil, errorf(ErrUnknownRevision, "cannot go %d steps up: %s has no revision above it after %d step(s)", n, from, i)
		case len(next) > 1:
			return nil, errorf(ErrAmbiguousRevision, "cannot go %d steps up: %s branches into %s; name the target revision", n, from, strings.Join(next, ", "))
		}
		cur = next[:1]
	}
	return cur, nil
}

// walkDown undoes n revisions from start, one head at a time, and returns
// what the version table would hold.
func (g *Graph) walkDown(start []string, n int) ([]string, error) {
	cur := slices.Clone(start)
	for i := 0; i < n; i++ {
		switch {
		case len(cur) == 0:
			return nil, errorf(ErrUnknownRevision, "cannot go %d steps down: only %d revision(s) below %s", n, i, display(start))
		case len(cur) > 1:
			return nil, &MultipleHeadsError{Heads: cur}
		}
		cur = NextHeads(g, cur, Step{Revision: g.revs[cur[0]], Direction: Down})
	}
	return cur, nil
}

// checkKnown reports version-table ids the graph does not know.
func (g *Graph) checkKnown(current []string) error {
	for _, id := range current {
		if _, ok := g.revs[id]; !ok {
			return errorf(ErrUnknownRevision, "the database is at revision %s, which is not among the revision files; restore its file, or stamp the database with --purge", id)
		}
	}
	return nil
}

// NextHeads returns the version-table contents after applying s to a
// database at current: Up adds s and drops what s requires; Down drops s and
// adds back those of its parents and depends-on that no remaining id
// requires. The result is sorted.
func NextHeads(g *Graph, current []string, s Step) []string {
	set := map[string]bool{}
	for _, id := range current {
		set[id] = true
	}
	if s.Direction == Up {
		set[s.Revision.ID] = true
	} else {
		delete(set, s.Revision.ID)
		for _, p := range requires(s.Revision) {
			set[p] = true
		}
	}
	return g.minimal(set)
}

// minimal keeps the ids of set that no other id of set requires, sorted.
func (g *Graph) minimal(set map[string]bool) []string {
	below := map[string]bool{}
	for id := range set {
		for a := range g.ancestors(id) {
			if a != id {
				below[a] = true
			}
		}
	}
	out := []string{}
	for id := range set {
		if !below[id] {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

func display(ids []string) string {
	if len(ids) == 0 {
		return "base"
	}
	return strings.Join(ids, ", ")
}
