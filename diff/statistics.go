package diff

import (
	"slices"

	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// statistics describes extended statistics objects to compareKind. They
// are created with the indexes, once their table and its columns exist,
// and dropped with them, before the columns they use go. A table the plan
// drops takes its statistics with it. Statistics on a column the plan
// drops (or drops to add again) are dropped first, since PostgreSQL would
// drop them, or keep them on their other columns, and created again when
// to keeps them; so are those whose expressions call a function or name a
// type the plan creates again, which PostgreSQL would refuse to drop. A
// changed definition creates them again; only the statistics target
// changes in place (ALTER STATISTICS ... SET STATISTICS). A column
// converted to another type keeps them: PostgreSQL rebuilds them.
var statistics = objectKind[model.Statistics]{
	kind:     KindStatistics,
	objects:  func(s *model.Schema) []model.Statistics { return s.Statistics },
	comment:  func(st *model.Statistics) *string { return &st.Comment },
	create:   phCreateIndex,
	drop:     phDropIndex,
	recreate: phDropIndex,
	alter: func(from, to model.Statistics) (AlterObject, bool) {
		a, b := from, to
		a.Target, b.Target = nil, nil
		return AlterObject{From: from, To: to}, equalStatistics(a, b)
	},
	gone: func(c *comparison, st model.Statistics) bool { return c.droppedTables[st.Table] },
	stale: func(c *comparison, st model.Statistics) bool {
		return slices.ContainsFunc(statisticsColumns(st), func(col string) bool {
			return c.droppedColumns[model.ColumnRef{Table: st.Table, Column: col}]
		}) || slices.ContainsFunc(st.Expressions, c.exprUsesRecreated)
	},
}

func equalStatistics(a, b model.Statistics) bool {
	return a.Table == b.Table && slices.Equal(a.Kinds, b.Kinds) && slices.Equal(a.Columns, b.Columns) &&
		slices.Equal(a.Expressions, b.Expressions)
}

// statisticsColumns returns the columns a statistics object names, and
// those its expressions may use.
func statisticsColumns(st model.Statistics) []string {
	cols := slices.Clone(st.Columns)
	for _, e := range st.Expressions {
		cols = append(cols, sqlident.ColumnNames("("+e+")")...)
	}
	return cols
}
