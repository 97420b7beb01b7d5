package migrate

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// rev returns a revision with the given id and parents, creating table t_ID.
func rev(id string, parents ...string) *Revision {
	return &Revision{ID: id, Parents: parents, Message: "rev " + id,
		Upgrade: "CREATE TABLE t_" + id + " (id int);", Downgrade: "DROP TABLE t_" + id + ";"}
}

// files writes revs as versions/ID.sql files.
func files(revs ...*Revision) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, r := range revs {
		fsys["versions/"+r.ID+".sql"] = &fstest.MapFile{Data: r.Format()}
	}
	return fsys
}

func load(t *testing.T, revs ...*Revision) *Graph {
	t.Helper()
	g, err := LoadGraph(files(revs...), "versions")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// branched: a1 -> a2 -> {b1 -> b2, c1 (label "cee")} ; d1 depends on b1.
func branched(t *testing.T) *Graph {
	c1 := rev("c1", "a2")
	c1.BranchLabels = []string{"cee"}
	d1 := rev("d1", "a1")
	d1.DependsOn = []string{"b1"}
	return load(t, rev("a1"), rev("a2", "a1"), rev("b1", "a2"), rev("b2", "b1"), c1, d1)
}

func TestGraphErrors(t *testing.T) {
	withDep := rev("b", "a")
	withDep.DependsOn = []string{"zz"}
	labelA, labelB := rev("a"), rev("b", "a")
	labelA.BranchLabels, labelB.BranchLabels = []string{"x"}, []string{"x"}
	fsDup := files(rev("a"))
	fsDup["versions/other.sql"] = &fstest.MapFile{Data: rev("a").Format()}
	tests := []struct {
		name     string
		fsys     fstest.MapFS
		sentinel error
		want     string
	}{
		{"duplicate id", fsDup, ErrDuplicateRevision, "versions/other.sql: revision id a is also declared by versions/a.sql"},
		{"missing parent", files(rev("a"), rev("b", "x")), ErrMissingParent, "versions/b.sql: revision b names parent x, which is not among the revisions"},
		{"missing depends-on", files(rev("a"), withDep), ErrMissingParent, "versions/b.sql: revision b depends on zz"},
		{"cycle", files(rev("a"), rev("b", "a", "d"), rev("c", "b"), rev("d", "c")), ErrCycle, "revisions form a cycle through their parents or depends-on: b -> c -> d -> b"},
		{"duplicate label", files(labelA, labelB), ErrDuplicateRevision, "versions/b.sql: branch label x is also on revision a"},
		{"bad header", fstest.MapFS{"versions/x.sql": {Data: []byte("-- retort revision\n-- Nope: 1\n")}}, ErrBadHeader, "versions/x.sql:2: unknown header key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadGraph(tt.fsys, "versions")
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("error %v is not %v", err, tt.sentinel)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q\ndoes not contain %q", err, tt.want)
			}
		})
	}
}

func TestGraphShape(t *testing.T) {
	g := branched(t)
	var order []string
	for _, r := range g.Revisions() {
		order = append(order, r.ID)
	}
	got := map[string][]string{"order": order, "heads": g.Heads(), "bases": g.Bases(), "branches": g.Branches(), "children a2": g.Children("a2")}
	want := map[string][]string{
		"order":       {"a1", "a2", "b1", "b2", "c1", "d1"},
		"heads":       {"b2", "c1", "d1"},
		"bases":       {"a1"},
		"branches":    {"a1", "a2"},
		"children a2": {"b1", "c1"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestResolve(t *testing.T) {
	g := branched(t)
	linear := load(t, rev("aaaa1111"), rev("aaab2222", "aaaa1111"))
	tests := []struct {
		g        *Graph
		ref      string
		want     []string
		sentinel error
		msg      string
	}{
		{g, "b1", []string{"b1"}, nil, ""},
		{linear, "aaab", []string{"aaab2222"}, nil, ""},
		{linear, "aaa", nil, ErrAmbiguousRevision, `ambiguous revision "aaa": it is a prefix of aaaa1111, aaab2222`},
		{g, "zz", nil, ErrUnknownRevision, `unknown revision "zz"`},
		{g, "head", nil, ErrMultipleHeads, "multiple heads (b2, c1, d1)"},
		{linear, "head", []string{"aaab2222"}, nil, ""},
		{g, "heads", []string{"b2", "c1", "d1"}, nil, ""},
		{g, "base", nil, nil, ""},
		{g, "cee", []string{"c1"}, nil, ""},
		{g, "cee@head", []string{"c1"}, nil, ""},
		{g, "b1@head", []string{"b2"}, nil, ""},
		{g, "a2@head", nil, ErrMultipleHeads, "multiple heads (b2, c1)"},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			got, err := tt.g.Resolve(tt.ref)
			if tt.sentinel != nil {
				if !errors.Is(err, tt.sentinel) || !strings.Contains(err.Error(), tt.msg) {
					t.Errorf("error %v, want %v containing %q", err, tt.sentinel, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
	var mh *MultipleHeadsError
	if _, err := g.Resolve("head"); !errors.As(err, &mh) || len(mh.Heads) != 3 {
		t.Errorf("head: %v", err)
	}
}
