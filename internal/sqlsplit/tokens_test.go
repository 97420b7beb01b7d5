package sqlsplit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	w := func(s string) Token { return Token{Text: s, Word: true} }
	for _, tt := range []struct {
		sql   string
		limit int
		want  []Token
	}{
		{"  -- note\n/* a /* nested */ one */ ROLLBACK;", 0, []Token{w("rollback"), {Text: ";"}}},
		{`CREATE INDEX CONCURRENTLY "Big ""i""" ON s.t (a)`, 0, []Token{w("create"), w("index"), w("concurrently"),
			{Text: `Big "i"`, Quoted: true}, w("on"), w("s"), {Text: "."}, w("t"), {Text: "("}, w("a"), {Text: ")"}}},
		{"DO $$BEGIN COMMIT; END$$", 0, []Token{w("do"), {Text: "$$BEGIN COMMIT; END$$"}}},
		{"SELECT E'it\\'s', 'x''y' FROM t", 0, []Token{w("select"), {Text: "E'it\\'s'"}, {Text: ","}, {Text: "'x''y'"}, w("from"), w("t")}},
		{"start transaction isolation level serializable", 2, []Token{w("start"), w("transaction")}},
		{"drop table t /* unclosed", 0, []Token{w("drop"), w("table"), w("t")}},
		{"", 0, nil},
	} {
		if d := cmp.Diff(tt.want, Tokens(tt.sql, tt.limit)); d != "" {
			t.Errorf("Tokens(%q, %d) (-want +got)\n%s", tt.sql, tt.limit, d)
		}
	}
	if !w("end").Is("end") || (Token{Text: "end", Quoted: true}).Is("end") {
		t.Error("Is: a quoted identifier is no key word")
	}
}
