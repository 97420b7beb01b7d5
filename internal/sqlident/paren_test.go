package sqlident

import "testing"

func TestEnclosed(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"(a > 0)", true},
		{"((a > 0) AND (b > 0))", true},
		{"(a > 0) AND (b > 0)", false},
		{"lower(a)", false},
		{"(a = ')(')", true},
		{`("x)" > 0)`, true},
		{"()", true},
		{"(", false},
	}
	for _, tt := range tests {
		if got := Enclosed(tt.in); got != tt.want {
			t.Errorf("Enclosed(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
