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
		{"text", "integer", typeConversion{path: CastExplicit, rewrite: true, lossy: true}},
		{"integer", "text", typeConversion{rewrite: true}},
		{"integer", "character varying(5)", typeConversion{rewrite: true, lossy: true}},
		{"numeric(10,2)", "numeric(12,2)", typeConversion{}},
		{"numeric(10,2)", "numeric(12,4)", typeConversion{rewrite: true}},
		{"numeric(10,2)", "numeric(8,2)", typeConversion{rewrite: true, lossy: true}},
		{"timestamp without time zone", "timestamp with time zone", typeConversion{rewrite: true}},
		{"timestamp(3) without time zone", "timestamp(6) without time zone", typeConversion{}},
		{"timestamp with time zone", "date", typeConversion{rewrite: true, lossy: true}},
		{"integer[]", "bigint[]", typeConversion{rewrite: true}},
		{"text", "text[]", typeConversion{path: CastExplicit, rewrite: true, lossy: true}},
		{"integer", "integer[]", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"public.mood", "text", typeConversion{rewrite: true}},
		{"text", "public.mood", typeConversion{path: CastExplicit, rewrite: true, lossy: true}},
		{"public.hstore", "public.other", typeConversion{path: CastUnchecked, rewrite: true, lossy: true}},
		{"json", "jsonb", typeConversion{rewrite: true}},
		{"integer", "boolean", typeConversion{path: CastExplicit, rewrite: true, lossy: true}},
		{"bigint", "boolean", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"boolean", "bigint", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"bigint", "timestamp without time zone", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"timestamp with time zone", "bigint", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"date", "integer", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"uuid", "integer", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"json", "integer", typeConversion{path: CastNone, rewrite: true, lossy: true}},
		{"jsonb", "integer", typeConversion{path: CastExplicit, rewrite: true, lossy: true}},
		{"bit varying(8)", "bit varying(16)", typeConversion{}},
		{"cidr", "inet", typeConversion{}},
	}
	for _, tt := range tests {
		if got := conversion(tt.from, tt.to); got != tt.want {
			t.Errorf("conversion(%q, %q) = %+v, want %+v", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestConvertByMajor checks a cast that only newer majors have.
func TestConvertByMajor(t *testing.T) {
	i, b := castType{typeName: typeName{base: "integer"}}, castType{typeName: typeName{base: "bytea"}}
	if got := convert(i, b, 17).path; got != CastNone {
		t.Errorf("integer to bytea on 17: path %d, want CastNone", got)
	}
	if got := convert(i, b, 18).path; got != CastExplicit {
		t.Errorf("integer to bytea on 18: path %d, want CastExplicit", got)
	}
}

func TestVersionLess(t *testing.T) {
	tests := []struct {
		a, b     string
		less, ok bool
	}{
		{"1.4", "1.8", true, true},
		{"1.10", "1.9", false, true},
		{"1.8", "1.8", false, true},
		{"2", "1.9.9", false, true},
		{"1.2", "1.2.1", true, true},
		{"1.0-beta", "1.0", false, false},
		{"unpackaged", "1.0", false, false},
	}
	for _, tt := range tests {
		if less, ok := versionLess(tt.a, tt.b); less != tt.less || ok != tt.ok {
			t.Errorf("versionLess(%q, %q) = %v, %v; want %v, %v", tt.a, tt.b, less, ok, tt.less, tt.ok)
		}
	}
}
