package render

import (
	"slices"
	"strconv"
	"strings"

	"github.com/retortdb/retort/model"
)

// createStatistics renders CREATE STATISTICS, its kinds only when they are
// not all of them (PostgreSQL's default), each expression in one pair of
// parentheses;
// then its statistics target, when it has one.
func createStatistics(st model.Statistics) []string {
	s := "CREATE STATISTICS " + QualifiedName(st.QualifiedName())
	if len(st.Kinds) > 0 && !slices.Equal(st.Kinds, model.StatisticsKinds) {
		s += " (" + strings.Join(st.Kinds, ", ") + ")"
	}
	var items []string
	for _, c := range st.Columns {
		items = append(items, Ident(c))
	}
	for _, e := range st.Expressions {
		items = append(items, parenthesized(e))
	}
	s += " ON " + strings.Join(items, ", ") + " FROM " + QualifiedName(st.Table)
	out := []string{s}
	if st.Target != nil {
		out = append(out, setStatisticsTarget(st))
	}
	return out
}

// setStatisticsTarget renders ALTER STATISTICS ... SET STATISTICS; -1, the
// default, when the object has no target of its own.
func setStatisticsTarget(st model.Statistics) string {
	n := -1
	if st.Target != nil {
		n = *st.Target
	}
	return "ALTER STATISTICS " + QualifiedName(st.QualifiedName()) + " SET STATISTICS " + strconv.Itoa(n)
}
