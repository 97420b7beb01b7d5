package render

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	pg_query "github.com/pganalyze/pg_query_go/v6"
	"github.com/retortdb/retort/diff"
)

// opTypes returns the names of all operation types, read from the source of
// diff/op.go (every type with an isOp method), so a new operation that
// render does not know fails TestEveryOpCovered.
func opTypes(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../diff/op.go", nil, 0)
	if err != nil {
		t.Fatalf("parse diff/op.go: %v", err)
	}
	var names []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "isOp" || fn.Recv == nil || len(fn.Recv.List) != 1 {
			continue
		}
		if id, ok := fn.Recv.List[0].Type.(*ast.Ident); ok {
			names = append(names, id.Name)
		}
	}
	sort.Strings(names)
	return names
}

func opNames(ops []diff.Op) []string {
	seen := map[string]bool{}
	for _, op := range ops {
		seen[reflect.TypeOf(op).Name()] = true
	}
	var names []string
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func TestEveryOpCovered(t *testing.T) {
	want := opTypes(t)
	if len(want) < 30 {
		t.Fatalf("found only %d op types in diff/op.go: %v", len(want), want)
	}
	var golden []diff.Op
	for _, c := range goldenCases {
		golden = append(golden, c.op)
	}
	if d := cmp.Diff(want, opNames(golden)); d != "" {
		t.Errorf("golden cases do not cover every op type (-want +got)\n%s", d)
	}
	if d := cmp.Diff(want, opNames(fixtureOps(fixtureNameSets[0], fixtureMajor))); d != "" {
		t.Errorf("fixture script does not cover every op type (-want +got)\n%s", d)
	}
}

// parserMajor is the PostgreSQL major whose grammar pg_query_go v6
// carries.
const parserMajor = 17

// newerGrammar holds the golden cases whose statements use syntax a later
// major than parserMajor added, by that major (the files that declare them
// fill it in). pg_query must refuse them: once it parses them all, the
// parser has caught up, and parserMajor is to be raised. The acceptance
// cases run such statements on a server of that major.
var newerGrammar = map[string]int{}

// TestStatementsParse checks that every statement render emits, for every
// op kind and with names that need quoting, is exactly one statement that
// PostgreSQL's own parser (pg_query) accepts.
func TestStatementsParse(t *testing.T) {
	var ops []diff.Op
	for _, c := range goldenCases {
		if newerGrammar[c.name] > parserMajor {
			continue
		}
		ops = append(ops, c.op)
	}
	for _, n := range fixtureNameSets {
		ops = append(ops, fixtureOps(n, parserMajor)...)
	}
	if _, err := pg_query.Parse(uncheckedBodies); err != nil {
		t.Errorf("%v\n%s", err, uncheckedBodies)
	}
	for _, op := range ops {
		stmts := Op(op)
		if len(stmts) == 0 {
			t.Errorf("%T rendered no statement: %+v", op, op)
		}
		for _, stmt := range stmts {
			tree, err := pg_query.Parse(stmt)
			if err != nil {
				t.Errorf("%T: %v\n%s", op, err, stmt)
				continue
			}
			if len(tree.Stmts) != 1 {
				t.Errorf("%T: want 1 statement, parsed %d\n%s", op, len(tree.Stmts), stmt)
			}
		}
	}
}

// TestNewerGrammarRefused keeps newerGrammar honest: each case it names
// exists, and pg_query refuses at least one of its statements (else it
// needs no newer grammar).
func TestNewerGrammarRefused(t *testing.T) {
	ops := map[string]diff.Op{}
	for _, c := range goldenCases {
		ops[c.name] = c.op
	}
	for name, major := range newerGrammar {
		op, ok := ops[name]
		if !ok {
			t.Errorf("newerGrammar names %q, which is no golden case", name)
			continue
		}
		if major <= parserMajor {
			continue
		}
		refused := false
		for _, stmt := range Op(op) {
			_, err := pg_query.Parse(stmt)
			refused = refused || err != nil
		}
		if !refused {
			t.Errorf("%q: pg_query parses every statement, though newerGrammar says it needs PostgreSQL %d's grammar; "+
				"if pg_query now carries it, raise parserMajor", name, major)
		}
	}
}
