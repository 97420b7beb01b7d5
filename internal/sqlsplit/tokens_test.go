package sqlsplit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestTokens(t *testing.T) {
	w := func(s string) Token { return Token{Text: s, Word: true} }
	lit := func(s string) Token { return Token{Text: s, Literal: true} }
	for _, tt := range []struct {
		sql   string
		limit int
		want  []Token
	}{
		{"  -- note\n/* a /* nested */ one */ ROLLBACK;", 0, []Token{w("rollback"), {Text: ";"}}},
		{`CREATE INDEX CONCURRENTLY "Big ""i""" ON s.t (a)`, 0, []Token{w("create"), w("index"), w("concurrently"),
			{Text: `Big "i"`, Quoted: true}, w("on"), w("s"), {Text: "."}, w("t"), {Text: "("}, w("a"), {Text: ")"}}},
		{"DO $$BEGIN COMMIT; END$$", 0, []Token{w("do"), lit("$$BEGIN COMMIT; END$$")}},
		{"SELECT E'it\\'s', 'x''y' FROM t", 0, []Token{w("select"), lit("E'it\\'s'"), {Text: ","}, lit("'x''y'"), w("from"), w("t")}},
		{"start transaction isolation level serializable", 2, []Token{w("start"), w("transaction")}},
		{"drop table t /* unclosed", 0, []Token{w("drop"), w("table"), w("t")}},
		{"", 0, nil},
		{"SELECT ÉTÉ, Café", 0, []Token{w("select"), w("ÉtÉ"), {Text: ","}, w("café")}},
		{"SELECT a::int, 1.5, $1, x:=2", 0, []Token{w("select"), w("a"), {Text: "::"}, w("int"), {Text: ","}, {Text: "1.5"},
			{Text: ","}, {Text: "$1"}, {Text: ","}, w("x"), {Text: ":="}, {Text: "2"}}},
		{"a<>-1 + -b >= c @- d", 0, []Token{w("a"), {Text: "<>"}, {Text: "-"}, {Text: "1"}, {Text: "+"}, {Text: "-"}, w("b"),
			{Text: ">="}, w("c"), {Text: "@-"}, w("d")}},
		{"a*/*c*/b", 0, []Token{w("a"), {Text: "*"}, w("b")}},
		{"B'01' X'1F' N'n' U&'\\0061' b 'x'", 0, []Token{lit("B'01'"), lit("X'1F'"), lit("N'n'"), lit("U&'\\0061'"), w("b"), lit("'x'")}},
		{`U&"d\0061t\+000061" u&"!0061" UESCAPE '!' U&"\00" U&"a""b"`, 0, []Token{{Text: "data", Quoted: true}, {Text: "a", Quoted: true},
			{Text: `U&"\00"`, Quoted: true}, {Text: `a"b`, Quoted: true}}},
		{`SELECT "a`, 0, []Token{w("select"), {Text: "a", Quoted: true}}},
	} {
		if d := cmp.Diff(tt.want, Tokens(tt.sql, tt.limit), cmpopts.IgnoreFields(Token{}, "Start", "End")); d != "" {
			t.Errorf("Tokens(%q, %d) (-want +got)\n%s", tt.sql, tt.limit, d)
		}
	}
	if !w("end").Is("end") || (Token{Text: "end", Quoted: true}).Is("end") {
		t.Error("Is: a quoted identifier is no key word")
	}
}

func TestScan(t *testing.T) {
	sql := `x."Y" /* c */ U&"!0061" UESCAPE '!'`
	got, whole := Scan(sql)
	want := []Token{
		{Text: "x", Word: true, Start: 0, End: 1},
		{Text: ".", Start: 1, End: 2},
		{Text: "Y", Quoted: true, Start: 2, End: 5},
		{Text: "a", Quoted: true, Start: 14, End: len(sql)},
	}
	if d := cmp.Diff(want, got); d != "" || !whole {
		t.Errorf("Scan(%q) whole %v (-want +got)\n%s", sql, whole, d)
	}
	for _, s := range []string{"'open", `"open`, "$a$ open", "E'open\\'", "a /* open", "U&'open"} {
		if _, whole := Scan(s); whole {
			t.Errorf("Scan(%q) is whole, want not", s)
		}
	}
	for _, s := range []string{"'closed'", "a -- comment", "$1", "$", "a$b"} {
		if _, whole := Scan(s); !whole {
			t.Errorf("Scan(%q) is not whole", s)
		}
	}
}
