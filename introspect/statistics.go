package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type statisticsRow struct {
	Schema      string
	Name        string
	TableSchema string
	TableName   string
	Kinds       []string
	Columns     []string
	Expressions []string
	Target      int32
	Comment     string
}

func (r *statisticsRow) fields() []any {
	return []any{
		&r.Schema, &r.Name, &r.TableSchema, &r.TableName, &r.Kinds, &r.Columns, &r.Expressions,
		&r.Target, &r.Comment,
	}
}

func readStatistics(ctx context.Context, f *fetcher, sc scope) ([]model.Statistics, error) {
	rows, err := collect[statisticsRow](ctx, f, "statistics", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect statistics objects: %w", err)
	}
	var out []model.Statistics
	for _, r := range rows {
		st := model.Statistics{
			Schema:      r.Schema,
			Name:        r.Name,
			Table:       model.QualifiedName{Schema: r.TableSchema, Name: r.TableName},
			Kinds:       orNil(r.Kinds),
			Columns:     orNil(r.Columns),
			Expressions: orNil(r.Expressions),
			Comment:     r.Comment,
		}
		if r.Target >= 0 {
			n := int(r.Target)
			st.Target = &n
		}
		out = append(out, st)
	}
	return out, nil
}
