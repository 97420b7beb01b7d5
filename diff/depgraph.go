package diff

import (
	"container/heap"
	"sort"
	"strings"

	"github.com/retortdb/retort/model"
)

// A node is a group of steps about one object (create a view and its
// indexes, say) that must run after the nodes of the objects it depends
// on. Nodes of one phase are ordered by topoSort.
type node struct {
	key   string
	deps  []string
	steps []Step
}

// refKey is the key of the object a Ref names; objects of one namespace of
// keys (relations, types, functions) never collide.
func refKey(r model.Ref) string {
	switch r.Kind {
	case model.RefFunction:
		return "f:" + r.Schema + "." + r.Name + "(" + r.Args + ")"
	case model.RefType:
		return "t:" + r.Schema + "." + r.Name
	}
	return "r:" + r.Schema + "." + r.Name
}

func depKeys(refs []model.Ref) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = refKey(r)
	}
	return out
}

// topoSort orders nodes so that each comes after the nodes it depends on
// (dependencies on objects outside the set are ignored); reverse turns the
// order around, for drops. Ties keep key order, so the result is
// deterministic. It is linear in nodes plus edges. Nodes on a cycle are
// appended in key order, and one cycle among them is returned as the
// second result: the names of its objects, in dependency order, the first
// repeated at the end.
func topoSort(nodes []node, reverse bool) ([]node, []string) {
	sort.SliceStable(nodes, func(i, j int) bool { return nodes[i].key < nodes[j].key })
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n.key] = i
	}
	indegree := make([]int, len(nodes))
	dependents := make([][]int, len(nodes))
	for i, n := range nodes {
		seen := map[int]bool{}
		for _, d := range n.deps {
			j, ok := index[d]
			if !ok || j == i || seen[j] {
				continue
			}
			seen[j] = true
			indegree[i]++
			dependents[j] = append(dependents[j], i)
		}
	}
	// Kahn's algorithm, with the ready nodes in a min-heap of indexes (=
	// key order).
	ready := &intHeap{}
	for i := range nodes {
		if indegree[i] == 0 {
			heap.Push(ready, i)
		}
	}
	out := make([]node, 0, len(nodes))
	done := make([]bool, len(nodes))
	for ready.Len() > 0 {
		i := heap.Pop(ready).(int)
		done[i] = true
		out = append(out, nodes[i])
		for _, j := range dependents[i] {
			indegree[j]--
			if indegree[j] == 0 {
				heap.Push(ready, j)
			}
		}
	}
	var cycle []string
	for i, n := range nodes {
		if !done[i] {
			if cycle == nil {
				cycle = findCycle(nodes, index, done, i)
			}
			out = append(out, n)
		}
	}
	if reverse {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out, cycle
}

// intHeap is a min-heap of ints for container/heap.
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// findCycle follows dependencies from node start among the nodes Kahn's
// algorithm could not place (every one of them waits on another) until a
// node repeats, and returns the names on that loop.
func findCycle(nodes []node, index map[string]int, done []bool, start int) []string {
	pos := map[int]int{} // node -> position on path
	var path []int
	for i := start; ; {
		if p, ok := pos[i]; ok {
			var names []string
			for _, j := range append(path[p:], i) {
				names = append(names, strings.SplitN(nodes[j].key, ":", 2)[1])
			}
			return names
		}
		pos[i] = len(path)
		path = append(path, i)
		next := -1
		for _, d := range nodes[i].deps {
			if j, ok := index[d]; ok && j != i && !done[j] {
				next = j
				break
			}
		}
		if next < 0 {
			// cannot happen: an unplaced node always waits on another
			return []string{strings.SplitN(nodes[start].key, ":", 2)[1]}
		}
		i = next
	}
}
