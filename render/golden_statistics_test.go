package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var statsCityZip = model.Statistics{Schema: "app", Name: "city zip", Table: model.QualifiedName{Schema: "public", Name: "orders"},
	Kinds: model.StatisticsKinds, Columns: []string{"City", "zip"}}

// statisticsGoldenCases covers statistics objects.
var statisticsGoldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"create statistics", diff.CreateObject{Kind: diff.KindStatistics, Object: statsCityZip},
		[]string{`CREATE STATISTICS app."city zip" ON "City", zip FROM public.orders`}},
	{"create statistics of some kinds, with expressions and a target", diff.CreateObject{Kind: diff.KindStatistics, Object: func() model.Statistics {
		st := statsCityZip
		st.Kinds = []string{"ndistinct", "mcv"}
		st.Columns = []string{"zip"}
		st.Expressions = []string{"lower(city)", "(a + b)"}
		target := 300
		st.Target = &target
		return st
	}()}, []string{
		`CREATE STATISTICS app."city zip" (ndistinct, mcv) ON zip, (lower(city)), (a + b) FROM public.orders`,
		`ALTER STATISTICS app."city zip" SET STATISTICS 300`,
	}},
	{"create statistics on one expression", diff.CreateObject{Kind: diff.KindStatistics, Object: model.Statistics{
		Schema: "app", Name: "lower_city", Table: model.QualifiedName{Schema: "app", Name: "t"}, Expressions: []string{"lower(city)"}}},
		[]string{`CREATE STATISTICS app.lower_city ON (lower(city)) FROM app.t`}},
	{"reset statistics target", diff.AlterObject{Kind: diff.KindStatistics, From: func() model.Statistics {
		st := statsCityZip
		target := 0
		st.Target = &target
		return st
	}(), To: statsCityZip}, []string{`ALTER STATISTICS app."city zip" SET STATISTICS -1`}},
	{"drop statistics", diff.DropObject{Kind: diff.KindStatistics, Object: statsCityZip},
		[]string{`DROP STATISTICS app."city zip"`}},
	{"comment on statistics", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindStatistics, Schema: "app", Name: "city zip"}, Comment: "city and zip"},
		[]string{`COMMENT ON STATISTICS app."city zip" IS 'city and zip'`}},
}

func init() {
	goldenCases = append(goldenCases, statisticsGoldenCases...)
}
