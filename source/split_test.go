package source

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/sqlsplit"
)

func TestSplitScript(t *testing.T) {
	sql := "-- head\nCREATE TABLE a (id int);\n\n  ;;SELECT 1;\nSELEC 2;\nSELECT 3"
	// A server newer than the parser judges the syntax itself: no parser
	// is involved, and the misspelled statement is kept for the server.
	got, err := splitScript("x.sql", sql, true)
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, st := range got {
		lines = append(lines, lineAt(sql, st.offset+sqlsplit.FirstToken(st.text)))
	}
	if d := cmp.Diff([]int{2, 4, 5, 6}, lines); d != "" {
		t.Errorf("statement lines (-want +got)\n%s", d)
	}
	_, err = splitScript("x.sql", sql, false)
	if d := cmp.Diff(`x.sql:5: syntax error at or near "SELEC"`, err.Error()); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestFirstToken(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"SELECT", 0},
		{"  \n\tSELECT", 4},
		{"-- c\nSELECT", 5},
		{"/* a /* nested */ b */ SELECT", 23},
		{"-- only a comment", 17},
	}
	for _, tt := range tests {
		if got := sqlsplit.FirstToken(tt.in); got != tt.want {
			t.Errorf("sqlsplit.FirstToken(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
