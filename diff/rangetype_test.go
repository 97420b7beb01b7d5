package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestCompareRanges(t *testing.T) {
	diffFn := model.Function{Schema: "public", Name: "time_diff", IdentityArguments: "a time without time zone, b time without time zone",
		Arguments: "a time without time zone, b time without time zone", Result: "double precision",
		Definition: "CREATE OR REPLACE FUNCTION public.time_diff(a time without time zone, b time without time zone)\n RETURNS double precision\n LANGUAGE sql\nAS $function$SELECT 1$function$\n"}
	plain := model.RangeType{Schema: "public", Name: "timerange", Subtype: "time without time zone"}
	withDiff := plain
	withDiff.SubtypeDiff, withDiff.Depends = "public.time_diff", []model.Ref{diffFn.Ref()}
	rangeRef := model.Ref{Kind: model.RefType, Schema: "public", Name: "timerange"}
	user := model.Function{Schema: "public", Name: "width", IdentityArguments: "r public.timerange", Arguments: "r public.timerange",
		Result: "interval", Definition: "CREATE OR REPLACE FUNCTION public.width(r public.timerange)\n RETURNS interval\n LANGUAGE sql\nAS $function$SELECT upper(r) - lower(r)$function$\n",
		Depends: []model.Ref{rangeRef}}
	view := model.View{Schema: "public", Name: "v", Definition: " SELECT public.timerange('01:00:00'::time without time zone, '02:00:00'::time without time zone) AS r;",
		Columns: []model.ViewColumn{{Name: "r", Type: "public.timerange"}}, Depends: []model.Ref{rangeRef}}
	column := model.Table{Schema: "public", Name: "booking", Columns: []model.Column{
		{Name: "during", Type: "public.timemultirange", TypeRef: model.QualifiedName{Schema: "public", Name: "timemultirange"}}}}
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
		errors   []string
	}{
		{"new range after its subtype_diff function, before the table using it",
			&model.Schema{}, &model.Schema{Functions: []model.Function{diffFn}, Ranges: []model.RangeType{withDiff}, Tables: []model.Table{column}},
			[]string{"CreateFunction time_diff", "CreateRange timerange", "CreateTable booking"}, nil},
		{"range dropped after the table and before its subtype_diff function",
			&model.Schema{Functions: []model.Function{diffFn}, Ranges: []model.RangeType{withDiff}, Tables: []model.Table{column}}, &model.Schema{},
			[]string{"DropTable booking", "DropRange timerange", "DropFunction time_diff"}, nil},
		{"changed range re-created with the function and view using it",
			&model.Schema{Functions: []model.Function{diffFn, user}, Ranges: []model.RangeType{plain}, Views: []model.View{view}},
			&model.Schema{Functions: []model.Function{diffFn, user}, Ranges: []model.RangeType{withDiff}, Views: []model.View{view}},
			[]string{"DropView v", "DropFunction width", "DropRange timerange", "CreateRange timerange", "CreateFunction width", "CreateView v"}, nil},
		{"range whose subtype_diff function goes is re-created first",
			&model.Schema{Functions: []model.Function{diffFn}, Ranges: []model.RangeType{withDiff}},
			&model.Schema{Ranges: []model.RangeType{plain}},
			[]string{"DropRange timerange", "CreateRange timerange", "DropFunction time_diff"}, nil},
		{"changed range under a column of its multirange is refused",
			&model.Schema{Ranges: []model.RangeType{plain}, Tables: []model.Table{column}},
			&model.Schema{Functions: []model.Function{diffFn}, Ranges: []model.RangeType{withDiff}, Tables: []model.Table{column}},
			[]string{"CreateFunction time_diff"},
			[]string{`range type public.timerange changes (subtype_diff "" -> "public.time_diff"), which ALTER TYPE cannot do, ` +
				"and dropping it to create it again is refused while column public.booking.during use it: their values would be lost; " +
				"convert or drop them first, or give the new range type another name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(tt.from, tt.to)
			if d := cmp.Diff(tt.want, typeSteps(p)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
			if d := cmp.Diff(tt.errors, p.Messages()); d != "" {
				t.Errorf("errors (-want +got)\n%s", d)
			}
		})
	}
}
