package diff

import "testing"

func TestConversion(t *testing.T) {
	tests := []struct {
		from, to string
		want     typeConversion
	}{
		{"integer", "bigint", typeConversion{rewrite: true}},
		{"bigint", "integer", typeConversion{rewrite: true, lossy: true}},
		{"character varying(10)", "character varying(50)", typeConversion{}},
		{"character varying(50)", "character varying(10)", typeConversion{rewrite: true, lossy: true}},
		{"character varying(10)", "character varying", typeConversion{}},
		{"character varying(10)", "text", typeConversion{}},
		{"text", "character varying(10)", typeConversion{rewrite: true, lossy: true}},
		{"text", "integer", typeConversion{cast: true, rewrite: true, lossy: true}},
		{"integer", "text", typeConversion{rewrite: true}},
		{"numeric(10,2)", "numeric(12,2)", typeConversion{}},
		{"numeric(10,2)", "numeric(12,4)", typeConversion{rewrite: true}},
		{"numeric(10,2)", "numeric(8,2)", typeConversion{rewrite: true, lossy: true}},
		{"timestamp without time zone", "timestamp with time zone", typeConversion{rewrite: true}},
		{"timestamp(3) without time zone", "timestamp(6) without time zone", typeConversion{}},
		{"timestamp with time zone", "date", typeConversion{rewrite: true, lossy: true}},
		{"integer[]", "bigint[]", typeConversion{rewrite: true}},
		{"text", "text[]", typeConversion{cast: true, rewrite: true, lossy: true}},
		{"public.mood", "text", typeConversion{rewrite: true}},
		{"text", "public.mood", typeConversion{cast: true, rewrite: true, lossy: true}},
		{"json", "jsonb", typeConversion{rewrite: true}},
	}
	for _, tt := range tests {
		if got := conversion(tt.from, tt.to); got != tt.want {
			t.Errorf("conversion(%q, %q) = %+v, want %+v", tt.from, tt.to, got, tt.want)
		}
	}
}
