package sqlsplit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	pg_query "github.com/pganalyze/pg_query_go/v6"
)

var splitTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"blank", " \n\t\r\f\v", nil},
	{"one", "SELECT 1", []string{"SELECT 1"}},
	{"two", "SELECT 1; SELECT 2;", []string{"SELECT 1", " SELECT 2"}},
	{"trailing blanks kept", "SELECT 1;\n SELECT 2  \n", []string{"SELECT 1", "\n SELECT 2  \n"}},
	{"leading comments kept", "-- head\nSELECT 1;\n/* c */ SELECT 2", []string{"-- head\nSELECT 1", "\n/* c */ SELECT 2"}},
	{"empty statements", ";; SELECT 1;;\n;SELECT 2;;", []string{" SELECT 1", "SELECT 2"}},
	{"comment-only pieces", "SELECT 1; -- bye\n/* c */ ;\n-- end", []string{"SELECT 1"}},
	{"misspelled key word kept", "SELEC 1; FOO; SELECT 3", []string{"SELEC 1", " FOO", " SELECT 3"}},
	{"backslash outside quotes", "\\set x 1\nSELECT 1; SELECT 2", []string{"\\set x 1\nSELECT 1", " SELECT 2"}},

	{"string", "SELECT ';'; SELECT 2", []string{"SELECT ';'", " SELECT 2"}},
	{"string with doubled quote", "SELECT 'it''s;'; SELECT 2", []string{"SELECT 'it''s;'", " SELECT 2"}},
	{"backslash in a plain string", `SELECT 'a\'; SELECT 2`, []string{`SELECT 'a\'`, " SELECT 2"}},
	{"strings across lines", "SELECT 'a;'\n';b'; SELECT 2", []string{"SELECT 'a;'\n';b'", " SELECT 2"}},
	{"E string", `SELECT E'a\';b'; SELECT 2`, []string{`SELECT E'a\';b'`, " SELECT 2"}},
	{"e string", `SELECT e'\\'; SELECT e'\';'''; SELECT 3`, []string{`SELECT e'\\'`, ` SELECT e'\';'''`, " SELECT 3"}},
	{"E string with doubled quote", `SELECT E'it''s;'; SELECT 2`, []string{`SELECT E'it''s;'`, " SELECT 2"}},
	{"word ending in e before a string", `SELECT typee'a\'; SELECT 2`, []string{`SELECT typee'a\'`, " SELECT 2"}},
	{"E after a dot", `SELECT x.E'a\';'; SELECT 2`, []string{`SELECT x.E'a\';'`, " SELECT 2"}},
	{"U& string", `SELECT U&'d\0061t;\\'; SELECT 2`, []string{`SELECT U&'d\0061t;\\'`, " SELECT 2"}},
	{"backslash before the quote of a U& string", `SELECT U&'a\'; SELECT 2`, []string{`SELECT U&'a\'`, " SELECT 2"}},
	{"B, X and N strings", "SELECT B'01;', X'1F;', N'a;'; SELECT 2", []string{"SELECT B'01;', X'1F;', N'a;'", " SELECT 2"}},

	{"quoted identifier", `CREATE TABLE "a;""b" (id int); SELECT 2`, []string{`CREATE TABLE "a;""b" (id int)`, " SELECT 2"}},
	{"U& quoted identifier", `SELECT 1 AS U&"a;\0061"; SELECT 2`, []string{`SELECT 1 AS U&"a;\0061"`, " SELECT 2"}},
	{"non-ASCII identifier", "SELECT 1 AS café; SELECT 2", []string{"SELECT 1 AS café", " SELECT 2"}},

	{"dollar quote", "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2",
		[]string{"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", " SELECT 2"}},
	{"tagged dollar quote", "DO $body$ BEGIN PERFORM $$;$$; PERFORM $b$;$b$; END $body$; SELECT 2",
		[]string{"DO $body$ BEGIN PERFORM $$;$$; PERFORM $b$;$b$; END $body$", " SELECT 2"}},
	{"dollar quote tags are case-sensitive", "SELECT $a$ ; $A$ ; $a$; SELECT 2", []string{"SELECT $a$ ; $A$ ; $a$", " SELECT 2"}},
	{"dollar quote closed inside a longer tag", "SELECT $a$ ;$b$a$; SELECT 2", []string{"SELECT $a$ ;$b$a$", " SELECT 2"}},
	{"non-ASCII tag", "SELECT $é$;$é$; SELECT 2", []string{"SELECT $é$;$é$", " SELECT 2"}},
	{"parameter", "PREPARE p AS SELECT $1;SELECT $2$$;$$", []string{"PREPARE p AS SELECT $1", "SELECT $2$$;$$"}},
	{"dollar in an identifier", "SELECT a$$b;c$$; SELECT 2", []string{"SELECT a$$b", "c$$", " SELECT 2"}},
	{"dollar before a non-tag", "SELECT $x; SELECT $1x$$; SELECT 2", []string{"SELECT $x", " SELECT $1x$$", " SELECT 2"}},
	{"dollar after a number", "SELECT 1$$;$$; SELECT 1a$$; SELECT 2", []string{"SELECT 1$$;$$", " SELECT 1a$$", " SELECT 2"}},

	{"line comment", "SELECT 1 -- ;\n; SELECT 2", []string{"SELECT 1 -- ;\n", " SELECT 2"}},
	{"line comment ended by CR", "SELECT 1 --\r; SELECT 2", []string{"SELECT 1 --\r", " SELECT 2"}},
	{"line comment in an operator", "SELECT 1 +-- ;\n2; SELECT 3", []string{"SELECT 1 +-- ;\n2", " SELECT 3"}},
	{"block comment", "SELECT /* ; */ 1; SELECT 2", []string{"SELECT /* ; */ 1", " SELECT 2"}},
	{"nested block comment", "SELECT /* ; /* ; */ ; */ 1; SELECT 2", []string{"SELECT /* ; /* ; */ ; */ 1", " SELECT 2"}},
	{"block comment stars", "SELECT /*/ ; **/ 1; /***/ SELECT 2", []string{"SELECT /*/ ; **/ 1", " /***/ SELECT 2"}},
	{"quotes in comments", "SELECT 1 /* ' */; -- \"\nSELECT 2", []string{"SELECT 1 /* ' */", " -- \"\nSELECT 2"}},

	{"BEGIN ATOMIC", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3",
		[]string{"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END", " SELECT 3"}},
	{"begin atomic with CASE", "CREATE PROCEDURE p() begin atomic SELECT CASE WHEN true THEN 1 End; SELECT case 1 when 1 then 2 end; end; SELECT 3",
		[]string{"CREATE PROCEDURE p() begin atomic SELECT CASE WHEN true THEN 1 End; SELECT case 1 when 1 then 2 end; end", " SELECT 3"}},
	{"comments between BEGIN and ATOMIC", "CREATE FUNCTION f() RETURNS int BEGIN /* c */ -- c\n ATOMIC SELECT 1; END; SELECT 2",
		[]string{"CREATE FUNCTION f() RETURNS int BEGIN /* c */ -- c\n ATOMIC SELECT 1; END", " SELECT 2"}},
	{"transaction BEGIN", "BEGIN; SELECT 1; END; SELECT CASE WHEN true THEN 1 END; COMMIT",
		[]string{"BEGIN", " SELECT 1", " END", " SELECT CASE WHEN true THEN 1 END", " COMMIT"}},
	{"CREATE OR REPLACE PROCEDURE", "create or replace procedure p() BEGIN ATOMIC SELECT 1; END; SELECT 2",
		[]string{"create or replace procedure p() BEGIN ATOMIC SELECT 1; END", " SELECT 2"}},
	{"BEGIN ATOMIC outside a routine", "SELECT begin atomic FROM t; SELECT 2", []string{"SELECT begin atomic FROM t", " SELECT 2"}},
	{"BEGIN ATOMIC in parentheses", "CREATE FUNCTION f() RETURNS int RETURN (SELECT begin atomic FROM t); SELECT 2",
		[]string{"CREATE FUNCTION f() RETURNS int RETURN (SELECT begin atomic FROM t)", " SELECT 2"}},
	{"key words are whole identifiers", "CREATE FUNCTION f() RETURNS int BEGIN_ ATOMIC; SELECT 2", []string{"CREATE FUNCTION f() RETURNS int BEGIN_ ATOMIC", " SELECT 2"}},
	{"quoted key words", `CREATE FUNCTION f() RETURNS int "begin" "atomic"; SELECT 2`, []string{`CREATE FUNCTION f() RETURNS int "begin" "atomic"`, " SELECT 2"}},

	{"CREATE RULE action list", "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); DELETE FROM b); SELECT 2",
		[]string{"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); DELETE FROM b)", " SELECT 2"}},
	{"unbalanced close parenthesis", "SELECT 1); SELECT (2)", []string{"SELECT 1)", " SELECT (2)"}},

	{"unterminated string", "SELECT 1; SELECT 'a; SELECT 2", []string{"SELECT 1", " SELECT 'a; SELECT 2"}},
	{"unterminated E string", `SELECT 1; SELECT E'\'; SELECT 2`, []string{"SELECT 1", ` SELECT E'\'; SELECT 2`}},
	{"unterminated quoted identifier", `SELECT 1; SELECT "a; SELECT 2`, []string{"SELECT 1", ` SELECT "a; SELECT 2`}},
	{"unterminated dollar quote", "SELECT 1; SELECT $a$; $$; SELECT 2", []string{"SELECT 1", " SELECT $a$; $$; SELECT 2"}},
	{"unterminated block comment", "SELECT 1; /* a; */ /* b; SELECT 2", []string{"SELECT 1", " /* a; */ /* b; SELECT 2"}},
	{"unterminated BEGIN ATOMIC", "CREATE FUNCTION f() BEGIN ATOMIC SELECT 1; SELECT 2", []string{"CREATE FUNCTION f() BEGIN ATOMIC SELECT 1; SELECT 2"}},
	{"unclosed parenthesis", "SELECT (1; SELECT 2", []string{"SELECT (1; SELECT 2"}},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			checkOffsets(t, tt.in, got)
			if d := cmp.Diff(tt.want, texts(got, false)); d != "" {
				t.Errorf("Split(%q) (-want +got)\n%s", tt.in, d)
			}
		})
	}
}

func TestFirstToken(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"SELECT", 0},
		{"  \n\tSELECT", 4},
		{"-- c\nSELECT", 5},
		{"/* a /* nested */ b */ SELECT", 23},
		{"-- only a comment", 17},
		{"/* c */ -- c", 12},
		{" /* unclosed", 1},
		{" 'a' -- c", 1},
	}
	for _, tt := range tests {
		if got := FirstToken(tt.in); got != tt.want {
			t.Errorf("FirstToken(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestSplitLikeParser splits the real-world schemas of the shared corpus
// and the SQL of the acceptance cases as the parser does; cases written
// for a server newer than the parser's grammar, as pg_query's own
// scanner-based split does.
func TestSplitLikeParser(t *testing.T) {
	corpus, _ := filepath.Glob("../../../shared/corpus/*/schema.sql")
	cases, _ := filepath.Glob("../../testdata/cases/*/*.sql")
	if len(corpus) == 0 {
		t.Log("no corpus at ../../../shared/corpus")
	}
	for _, path := range append(corpus, cases...) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sql := string(b)
		want, err := pg_query.SplitWithParser(sql, true)
		if err != nil {
			if want, err = pg_query.SplitWithScanner(sql, true); err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
		}
		got := Split(sql)
		checkOffsets(t, sql, got)
		if d := cmp.Diff(want, texts(got, true)); d != "" {
			t.Errorf("%s: statements (-parser +Split)\n%s", path, d)
		}
	}
}

// FuzzSplit checks that Split cuts where the parser does, on the scripts
// the parser accepts.
func FuzzSplit(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		got := Split(sql)
		checkOffsets(t, sql, got)
		if strings.IndexByte(sql, 0) >= 0 {
			return // the parser reads sql as a C string
		}
		want, err := pg_query.SplitWithParser(sql, true)
		if err != nil {
			return
		}
		if d := cmp.Diff(want, texts(got, true)); d != "" {
			t.Errorf("Split(%q) (-parser +Split)\n%s", sql, d)
		}
	})
}

// checkOffsets checks that each statement is where its Offset says, after
// the one before, and ends the script or at a semicolon.
func checkOffsets(t *testing.T, sql string, stmts []Statement) {
	t.Helper()
	prev := 0
	for _, st := range stmts {
		end := st.Offset + len(st.Text)
		switch {
		case st.Offset < prev || end > len(sql) || sql[st.Offset:end] != st.Text:
			t.Errorf("statement %q is not at offset %d", st.Text, st.Offset)
		case end < len(sql) && sql[end] != ';':
			t.Errorf("statement %q at offset %d is not followed by a semicolon", st.Text, st.Offset)
		}
		prev = end
	}
}

func texts(stmts []Statement, trim bool) []string {
	var out []string
	for _, st := range stmts {
		if trim {
			st.Text = strings.TrimSpace(st.Text)
		}
		out = append(out, st.Text)
	}
	return out
}
