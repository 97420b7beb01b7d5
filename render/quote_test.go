package render

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/retortdb/retort/model"
)

func TestIdent(t *testing.T) {
	tests := []struct{ in, want string }{
		{"orders", "orders"},
		{"_x1", "_x1"},
		{"Orders", `"Orders"`},
		{"1st", `"1st"`},
		{"two words", `"two words"`},
		{`a"b`, `"a""b"`},
		{"", `""`},
		{"user", `"user"`},
		{"order", `"order"`},
		{"select", `"select"`},
		{"int", `"int"`},       // column-name keyword
		{"left", `"left"`},     // type/function-name keyword
		{"action", "action"},   // unreserved keyword
		{"bıgınt", `"bıgınt"`}, // dotless i is not ASCII
		{"a$b", `"a$b"`},
	}
	for _, tt := range tests {
		if got := Ident(tt.in); got != tt.want {
			t.Errorf("Ident(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestQualifiedName(t *testing.T) {
	got := QualifiedName(model.QualifiedName{Schema: "Sales", Name: "order"})
	if d := cmp.Diff(`"Sales"."order"`, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestLiteral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "''"},
		{"plain", "'plain'"},
		{"it's", "'it''s'"},
		{`a\b`, `E'a\\b'`},
		{`it's \n`, `E'it''s \\n'`},
		{"ünï", "'ünï'"},
	}
	for _, tt := range tests {
		if got := Literal(tt.in); got != tt.want {
			t.Errorf("Literal(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestEnumTempName(t *testing.T) {
	long := strings.Repeat("é", 29)  // 58 bytes; 51 bytes are left for the name
	ascii := strings.Repeat("a", 63) // cut to 51 bytes
	tests := []struct{ in, want string }{
		{"mood", "mood__retort_old"},
		{long, strings.Repeat("é", 25) + "__retort_old"}, // 50 bytes: no half rune
		{ascii, strings.Repeat("a", 51) + "__retort_old"},
	}
	for _, tt := range tests {
		got := enumTempName(tt.in)
		if got != tt.want || len(got) > 63 {
			t.Errorf("enumTempName(%q) = %q (%d bytes), want %q", tt.in, got, len(got), tt.want)
		}
	}
}
