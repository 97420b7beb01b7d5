package sqlsplit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCommands(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Command
	}{
		{"blanks and line comments go", "-- head\n  SELECT 1 ;\n\n-- a\r-- b\n\tSELECT 2\n",
			[]Command{{"SELECT 1", 10}, {"SELECT 2", 33}}},
		{"a block comment stays", "SELECT 1; /* hint */ SELECT 2;", []Command{{"SELECT 1", 0}, {"/* hint */ SELECT 2", 10}}},
		{"a comment after the statement stays", "SELECT 1 -- one\n;", []Command{{"SELECT 1 -- one", 0}}},
		{"comment-only pieces are no command", "SELECT 1; -- bye\n/* c */ ;", []Command{{"SELECT 1", 0}}},
		// No grammar: what the server is to judge is sent as it is.
		{"syntax no parser knows", "SELEC 1; CREATE FUTURE THING x;", []Command{{"SELEC 1", 0}, {"CREATE FUTURE THING x", 9}}},
		{"a script ending inside a quote", "SELECT 1; SELECT 'a; SELECT 2;", []Command{{"SELECT 1", 0}, {"SELECT 'a; SELECT 2", 10}}},
		{"a script ending inside a comment", "SELECT 1; -- c\n/* a; SELECT 2", []Command{{"SELECT 1", 0}, {"/* a; SELECT 2", 15}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		got := Commands(tt.in)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s: Commands(%q) (-want +got)\n%s", tt.name, tt.in, d)
		}
		for _, c := range got {
			if tt.in[c.Offset:c.Offset+len(c.Text)] != c.Text {
				t.Errorf("%s: %q is not at offset %d", tt.name, c.Text, c.Offset)
			}
		}
	}
}
