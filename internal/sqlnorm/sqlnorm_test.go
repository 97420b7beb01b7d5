package sqlnorm

import "testing"

func TestSameExpression(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"(id > 0)", "(id > 0)", true},
		{"(id > 0)", "(id >  0)", true},
		{"(id > 0)", "(id > 1)", false},
		{"(id > 0)", "", false},
		// the first and the second printing of e IN ('a', 'b') on varchar
		{"((e)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))",
			"((e)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))", true},
		{"((e)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))",
			"((e)::text = ANY (ARRAY[('a'::character varying)::text, ('c'::character varying)::text]))", false},
		{"((e)::text = ANY ((ARRAY['a'::character varying])::text[]))",
			"((e)::text = ANY (ARRAY[('a'::character varying)::name]))", false},
		{"(a = ANY ((ARRAY[ARRAY[1, 2]])::integer[][]))", "(a = ANY (ARRAY[ARRAY[1, 2]]::integer[][]))", true},
		{"not sql at all (", "not sql at all (", true},
		{"not sql at all (", "not sql at all  (", false},
	}
	for _, tt := range tests {
		if got := SameExpression(tt.a, tt.b); got != tt.want {
			t.Errorf("SameExpression(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameExpression(tt.b, tt.a); got != tt.want {
			t.Errorf("SameExpression(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestSameQuery(t *testing.T) {
	first := ` SELECT q.r,
    q.c
   FROM ( SELECT a.r,
            a.c
           FROM a
        UNION ALL
         SELECT b.r,
            NULL::integer
           FROM b) q;`
	again := ` SELECT q.r,
    q.c
   FROM ( SELECT a.r,
            a.c
           FROM a
        UNION ALL
         SELECT b.r,
            NULL::integer AS int4
           FROM b) q;`
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"later branch gains a name", first, again, true},
		{"first branch names matter", "SELECT 1 AS x UNION SELECT 2", "SELECT 1 AS y UNION SELECT 2", false},
		{"later branch of a nested union", "SELECT 1 AS x UNION (SELECT 2 AS y UNION SELECT 3 AS z)",
			"SELECT 1 AS x UNION (SELECT 2 UNION SELECT 3)", true},
		{"names inside a later branch's subquery matter", "SELECT 1 AS x UNION SELECT s.a FROM (SELECT 2 AS a) s",
			"SELECT 1 AS x UNION SELECT s.a FROM (SELECT 2 AS b) s", false},
		{"a plain select's names matter", "SELECT NULL::integer", "SELECT NULL::integer AS int4", false},
		{"different tables", "SELECT a FROM t", "SELECT a FROM u", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameQuery(tt.a, tt.b); got != tt.want {
				t.Errorf("SameQuery = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	a, okA := Canonical("SELECT 1 AS x UNION SELECT NULL::integer AS int4")
	b, okB := Canonical("SELECT 1  AS x UNION SELECT NULL::integer")
	if !okA || !okB || a != b {
		t.Errorf("Canonical: %q (%v) and %q (%v), want one text", a, okA, b, okB)
	}
	if got, ok := Canonical("SELEC 1"); ok || got != "SELEC 1" {
		t.Errorf("Canonical of bad SQL = %q, %v; want it unchanged, false", got, ok)
	}
}

// TestNewerSyntax: a text in syntax newer than the parser's grammar (here
// PostgreSQL 18's virtual generated column and NOT ENFORCED, standing in
// for whatever a server prints that pg_query cannot parse) is compared as
// text: equal texts are the same, different ones differ, and nothing
// panics or errs.
func TestNewerSyntax(t *testing.T) {
	newer := "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL, CHECK (a > 0) NOT ENFORCED)"
	if !SameQuery(newer, newer) {
		t.Error("a text is not the same as itself")
	}
	if SameQuery(newer, newer+" ") {
		t.Error("texts that do not parse and differ compare the same")
	}
	if c, ok := Canonical(newer); ok || c != newer {
		t.Errorf("Canonical of a text that does not parse: %q, %v; want it back unchanged, false", c, ok)
	}
}
