package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestRanges(t *testing.T) {
	url := load(t, `
		CREATE FUNCTION time_diff(a time, b time) RETURNS float8 LANGUAGE sql IMMUTABLE
			AS 'SELECT EXTRACT(EPOCH FROM (a - b))';
		CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_diff);
		COMMENT ON TYPE timerange IS 'times of day';
		CREATE TYPE textrange_c AS RANGE (subtype = text, collation = "C", subtype_opclass = text_pattern_ops);
		CREATE TYPE textrange_default AS RANGE (subtype = text);
		CREATE TYPE "Span" AS RANGE (subtype = numeric, multirange_type_name = spans);
		CREATE DOMAIN small AS integer CHECK (VALUE < 100);
		CREATE TYPE smallrange AS RANGE (subtype = small);
		CREATE TABLE booking (during timerange, many timemultirange[]);
		CREATE FUNCTION first_span(s spans) RETURNS "Span" LANGUAGE sql AS 'SELECT lower(s)::text::"Span"';
		CREATE VIEW morning AS SELECT timerange('06:00', '12:00') AS r, timemultirange() AS m;
		CREATE EXTENSION btree_gist;`)
	got := read(t, url, Options{})
	want := []model.RangeType{
		{Schema: "public", Name: "Span", Subtype: "numeric", Multirange: "spans"},
		{Schema: "public", Name: "smallrange", Subtype: "public.small", Depends: []model.Ref{typeRef("public", "small")}},
		{Schema: "public", Name: "textrange_c", Subtype: "text", SubtypeOpClass: "pg_catalog.text_pattern_ops",
			Collation: qn("pg_catalog", "C")},
		{Schema: "public", Name: "textrange_default", Subtype: "text"},
		{Schema: "public", Name: "timerange", Subtype: "time without time zone", SubtypeDiff: "public.time_diff",
			Comment: "times of day", Depends: []model.Ref{funcRef("public", "time_diff", "a time without time zone, b time without time zone")}},
	}
	if d := cmp.Diff(want, got.Ranges); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	// A function using the multirange depends on the range type; a column of
	// the range or of an array of its multirange points at the type it uses.
	for _, f := range got.Functions {
		if f.Name == "first_span" {
			if d := cmp.Diff([]model.Ref{typeRef("public", "Span")}, f.Depends); d != "" {
				t.Errorf("function depends (-want +got)\n%s", d)
			}
		}
	}
	// A view calling the range's and the multirange's constructors depends
	// on the range type.
	if d := cmp.Diff([]model.Ref{typeRef("public", "timerange")}, got.Views[0].Depends); d != "" {
		t.Errorf("view depends (-want +got)\n%s", d)
	}
	cols := got.Tables[0].Columns
	if cols[0].TypeRef != *qn("public", "timerange") || cols[1].TypeRef != *qn("public", "timemultirange") {
		t.Errorf("column type refs: %+v", cols)
	}
	for _, u := range got.Unmanaged {
		if u.Kind == "range type" || u.Kind == "function" {
			t.Errorf("still listed as unmanaged: %v", u)
		}
	}
}
