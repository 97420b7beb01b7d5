package sqlident

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLexerCases covers what the plain-Go lexer reads that the tests of
// the rewrites above do not: each text is one that PostgreSQL may print,
// or could be given.
func TestLexerCases(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"quoted name with doubled quotes", RenameColumn(`("a""b" > 0)`, `a"b`, "c"), "(c > 0)"},
		{"to a name with a quote", RenameColumn("(a > 0)", "a", `x"y`), `("x""y" > 0)`},
		{"U& name", RenameColumn(`(U&"\0061" > 0) AND (a > 1)`, "a", "b"), "(b > 0) AND (b > 1)"},
		{"U& name with UESCAPE", RenameColumn(`(U&"!0061" UESCAPE '!' > 0)`, "a", "b"), "(b > 0)"},
		{"dollar quotes are left alone", RenameColumn("(a = $$a$$) AND (a = $q$ a $q$)", "a", "b"), "(b = $$a$$) AND (b = $q$ a $q$)"},
		{"E strings are left alone", RenameColumn(`(a = E'\' a')`, "a", "b"), `(b = E'\' a')`},
		{"comments are left alone", RenameColumn("a /* a */ + a -- a\n", "a", "b"), "b /* a */ + b -- a\n"},
		{"nested comments", RenameColumn("a /* a /* a */ a */", "a", "b"), "b /* a /* a */ a */"},
		{"a type after ::", RenameRelation("(x)::public.t[] + t.a", "public", "t", "u"), "(x)::public.u[] + u.a"},
		{"operators around names", RenameColumn("(a<>-a) AND (a||'x' = a)", "a", "b"), "(b<>-b) AND (b||'x' = b)"},
		{"numbers with a dot", RenameSchema("1.5 + s.f(2.5, .5)", "s", "t"), "1.5 + t.f(2.5, .5)"},
		{"a key word is no name", RenameColumn("(x IS NOT NULL) AND (\"not\" > 0)", "not", "yes"), "(x IS NOT NULL) AND (yes > 0)"},
		{"an unreserved key word may be a name", RenameColumn("(action > 0)", "action", "act"), "(act > 0)"},
		{"upper-case words fold", RenameColumn("(Abc > 0)", "abc", "x"), "(x > 0)"},
		{"unterminated comment", RenameColumn("a /* open", "a", "b"), "a /* open"},
		{"unterminated dollar quote", RenameColumn("a $$ open", "a", "b"), "a $$ open"},
		{"E regclass literal is left alone", RenameSchema(`nextval(E's.q'::regclass)`, "s", "t"), `nextval(E's.q'::regclass)`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestNamesSkipKeywords(t *testing.T) {
	got := ColumnNames(`RANGE (a, CURRENT_DATE, "user", NULL, true, x::integer)`)
	if d := cmp.Diff([]string{"a", "user", "x"}, got); d != "" {
		t.Errorf("ColumnNames (-want +got)\n%s", d)
	}
	got2 := QualifiedNames(`s."t" = 1.5 AND U&"\0073".f(x) AND $$ a.b $$ = 'c.d'`)
	if d := cmp.Diff([][2]string{{"s", "t"}, {"s", "f"}}, got2); d != "" {
		t.Errorf("QualifiedNames (-want +got)\n%s", d)
	}
}
