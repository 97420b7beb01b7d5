package migrate

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
)

// A Graph is a validated set of revisions linked by their parents and
// depends-on ids. It is immutable once built.
type Graph struct {
	revs     map[string]*Revision
	order    []string            // topological: bases first, ties by id
	index    map[string]int      // id -> position in order
	children map[string][]string // parent -> children (parents links only), sorted
	labels   map[string]string   // branch label -> revision id
}

// LoadGraph reads every *.sql file (not recursively) of each dir in fsys,
// parses it as a revision, and validates the graph (see NewGraph).
func LoadGraph(fsys fs.FS, dirs ...string) (*Graph, error) {
	if len(dirs) == 0 {
		dirs = []string{"."}
	}
	var revs []*Revision
	for _, dir := range dirs {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			return nil, fmt.Errorf("read revisions directory %s: %w", dir, err)
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
				continue
			}
			p := path.Join(dir, e.Name())
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return nil, fmt.Errorf("read revision %s: %w", p, err)
			}
			r, err := ParseRevision(p, data)
			if err != nil {
				return nil, err
			}
			revs = append(revs, r)
		}
	}
	return NewGraph(revs)
}

// NewGraph validates revs and builds their graph. It reports duplicate ids
// (naming both files), a missing parent or depends-on revision, duplicate
// branch labels, and cycles (naming the revisions on the cycle).
func NewGraph(revs []*Revision) (*Graph, error) {
	g := &Graph{
		revs:     map[string]*Revision{},
		index:    map[string]int{},
		children: map[string][]string{},
		labels:   map[string]string{},
	}
	for _, r := range revs {
		if prev, ok := g.revs[r.ID]; ok {
			return nil, &FileError{Path: where(r), Message: fmt.Sprintf("revision id %s is also declared by %s; give one of them a new id (and update the revisions naming it)", r.ID, where(prev)), Err: ErrDuplicateRevision}
		}
		g.revs[r.ID] = r
	}
	for _, r := range sortedRevs(g.revs) {
		for _, p := range r.Parents {
			if _, ok := g.revs[p]; !ok {
				return nil, &FileError{Path: where(r), Message: fmt.Sprintf("revision %s names parent %s, which is not among the revisions; restore it or fix the Parents line", r.ID, p), Err: ErrMissingParent}
			}
			g.children[p] = append(g.children[p], r.ID)
		}
		for _, d := range r.DependsOn {
			if _, ok := g.revs[d]; !ok {
				return nil, &FileError{Path: where(r), Message: fmt.Sprintf("revision %s depends on %s, which is not among the revisions; restore it or fix the Depends-On line", r.ID, d), Err: ErrMissingParent}
			}
		}
		for _, l := range r.BranchLabels {
			if other, ok := g.labels[l]; ok {
				return nil, &FileError{Path: where(r), Message: fmt.Sprintf("branch label %s is also on revision %s (%s); a label names one branch", l, other, where(g.revs[other])), Err: ErrDuplicateRevision}
			}
			if _, ok := g.revs[l]; ok || l == "head" || l == "heads" || l == "base" {
				return nil, &FileError{Path: where(r), Message: fmt.Sprintf("branch label %s of revision %s is a revision id or a reserved word; choose another label", l, r.ID), Err: ErrDuplicateRevision}
			}
			g.labels[l] = r.ID
		}
	}
	for _, c := range g.children {
		sort.Strings(c)
	}
	if err := g.sortTopologically(); err != nil {
		return nil, err
	}
	return g, nil
}

func where(r *Revision) string {
	if r.Path != "" {
		return r.Path
	}
	return "revision " + r.ID
}

func sortedRevs(m map[string]*Revision) []*Revision {
	out := make([]*Revision, 0, len(m))
	for _, r := range m {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *Revision) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// requires returns the ids r must come after: its parents and depends-on.
func requires(r *Revision) []string {
	return append(slices.Clone(r.Parents), r.DependsOn...)
}

// sortTopologically fills g.order (Kahn's algorithm, smallest id first
// among the ready ones) or reports a cycle.
func (g *Graph) sortTopologically() error {
	pending := map[string]int{}
	dependents := map[string][]string{}
	var ready []string
	for id, r := range g.revs {
		req := requires(r)
		pending[id] = len(req)
		for _, p := range req {
			dependents[p] = append(dependents[p], id)
		}
		if len(req) == 0 {
			ready = append(ready, id)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		id := ready[0]
		ready = ready[1:]
		g.index[id] = len(g.order)
		g.order = append(g.order, id)
		for _, d := range dependents[id] {
			pending[d]--
			if pending[d] == 0 {
				ready = append(ready, d)
			}
		}
	}
	if len(g.order) == len(g.revs) {
		return nil
	}
	cycle := g.findCycle(pending)
	r := g.revs[cycle[0]]
	return &FileError{Path: where(r), Message: fmt.Sprintf("revisions form a cycle through their parents or depends-on: %s; break it by fixing one of their Parents lines", strings.Join(cycle, " -> ")), Err: ErrCycle}
}

// findCycle returns one cycle among the revisions left unsorted, starting
// and ending at the same id.
func (g *Graph) findCycle(pending map[string]int) []string {
	var left []string
	for id, n := range pending {
		if n > 0 {
			left = append(left, id)
		}
	}
	sort.Strings(left)
	// Every unsorted revision has an unsorted requirement: walk them until
	// an id repeats.
	seen := map[string]int{}
	var walk []string
	id := left[0]
	for {
		if i, ok := seen[id]; ok {
			cycle := append(walk[i:], id)
			slices.Reverse(cycle) // parent -> child order reads better
			return cycle
		}
		seen[id] = len(walk)
		walk = append(walk, id)
		reqs := requires(g.revs[id])
		sort.Strings(reqs)
		for _, p := range reqs {
			if pending[p] > 0 {
				id = p
				break
			}
		}
	}
}

// Revisions returns every revision in topological order: bases first,
// ties broken by id.
func (g *Graph) Revisions() []*Revision {
	out := make([]*Revision, len(g.order))
	for i, id := range g.order {
		out[i] = g.revs[id]
	}
	return out
}

// Get returns the revision with the given full id.
func (g *Graph) Get(id string) (*Revision, bool) {
	r, ok := g.revs[id]
	return r, ok
}

// Children returns the ids of the revisions that name id as a parent, sorted.
func (g *Graph) Children(id string) []string {
	return slices.Clone(g.children[id])
}

// Heads returns the revisions no other revision names as a parent, sorted.
func (g *Graph) Heads() []string {
	var out []string
	for _, id := range g.order {
		if len(g.children[id]) == 0 {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// Bases returns the revisions without parents, sorted.
func (g *Graph) Bases() []string {
	var out []string
	for _, id := range g.order {
		if len(g.revs[id].Parents) == 0 {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// Branches returns the branch points: revisions with more than one child, sorted.
func (g *Graph) Branches() []string {
	var out []string
	for _, id := range g.order {
		if len(g.children[id]) > 1 {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// ancestors returns ids and everything they require, transitively
// (parents and depends-on), as a set.
func (g *Graph) ancestors(ids ...string) map[string]bool {
	set := map[string]bool{}
	stack := slices.Clone(ids)
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if set[id] {
			continue
		}
		set[id] = true
		if r, ok := g.revs[id]; ok {
			stack = append(stack, requires(r)...)
		}
	}
	return set
}

// descendants returns ids and everything that requires them, transitively
// (children and dependents), as a set.
func (g *Graph) descendants(ids ...string) map[string]bool {
	set := map[string]bool{}
	for _, id := range ids {
		set[id] = true
	}
	for _, id := range g.order { // topological: requirements come first
		for _, p := range requires(g.revs[id]) {
			if set[p] {
				set[id] = true
			}
		}
	}
	return set
}

// headsOf returns the heads among the descendants of id (via parents).
func (g *Graph) headsOf(id string) []string {
	var out []string
	seen := map[string]bool{}
	stack := []string{id}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x] {
			continue
		}
		seen[x] = true
		if len(g.children[x]) == 0 {
			out = append(out, x)
		}
		stack = append(stack, g.children[x]...)
	}
	sort.Strings(out)
	return out
}

// Resolve turns a revision reference into ids. A reference is "base" (no
// ids), "heads" (every head), "head" (the single head; a
// *MultipleHeadsError when there are several), a full id, a branch label
// (the revision carrying it), "REF@head" (the head of the branch that REF, a
// label or id, starts; an error when it has several), or a unique prefix of
// an id.
func (g *Graph) Resolve(ref string) ([]string, error) {
	switch ref {
	case "base":
		return nil, nil
	case "heads":
		return g.Heads(), nil
	case "head":
		heads := g.Heads()
		if len(heads) > 1 {
			return nil, &MultipleHeadsError{Heads: heads}
		}
		return heads, nil
	}
	if branch, ok := strings.CutSuffix(ref, "@head"); ok {
		id, err := g.resolveOne(branch)
		if err != nil {
			return nil, err
		}
		heads := g.headsOf(id)
		if len(heads) > 1 {
			return nil, &MultipleHeadsError{Heads: heads}
		}
		return heads, nil
	}
	id, err := g.resolveOne(ref)
	if err != nil {
		return nil, err
	}
	return []string{id}, nil
}

// resolveOne resolves a full id, a branch label or a unique prefix.
func (g *Graph) resolveOne(ref string) (string, error) {
	if _, ok := g.revs[ref]; ok {
		return ref, nil
	}
	if id, ok := g.labels[ref]; ok {
		return id, nil
	}
	if ref == "" {
		return "", errorf(ErrUnknownRevision, "empty revision reference; name a revision id, a prefix, a branch label, head, heads or base")
	}
	var matches []string
	for id := range g.revs {
		if strings.HasPrefix(id, ref) {
			matches = append(matches, id)
		}
	}
	sort.Strings(matches)
	switch len(matches) {
	case 0:
		return "", errorf(ErrUnknownRevision, "unknown revision %q: no revision id, prefix or branch label matches; list them with retort history", ref)
	case 1:
		return matches[0], nil
	}
	return "", errorf(ErrAmbiguousRevision, "ambiguous revision %q: it is a prefix of %s; write more of the id", ref, strings.Join(matches, ", "))
}

// Ancestors returns id and every revision it requires, transitively
// (parents and depends-on), sorted.
func (g *Graph) Ancestors(id string) []string { return sortedKeys(g.ancestors(id)) }

// Descendants returns id and every revision that requires it, transitively,
// sorted.
func (g *Graph) Descendants(id string) []string { return sortedKeys(g.descendants(id)) }

func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
