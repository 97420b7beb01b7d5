package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type sequenceRow struct {
	Schema      string
	Name        string
	Type        string
	Start       int64
	Increment   int64
	Min         int64
	Max         int64
	Cache       int64
	Cycle       bool
	OwnerSchema string
	OwnerTable  string
	OwnerColumn string
	Comment     string
}

func (r *sequenceRow) fields() []any {
	return []any{
		&r.Schema, &r.Name, &r.Type, &r.Start, &r.Increment, &r.Min, &r.Max, &r.Cache, &r.Cycle,
		&r.OwnerSchema, &r.OwnerTable, &r.OwnerColumn, &r.Comment,
	}
}

func readSequences(ctx context.Context, f *fetcher, sc scope) ([]model.Sequence, error) {
	rows, err := collect[sequenceRow](ctx, f, "sequences", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect sequences: %w", err)
	}
	var out []model.Sequence
	for _, r := range rows {
		seq := model.Sequence{
			Schema: r.Schema, Name: r.Name, Type: r.Type,
			Start: r.Start, Increment: r.Increment, Min: r.Min, Max: r.Max, Cache: r.Cache, Cycle: r.Cycle,
			Comment: r.Comment,
		}
		if r.OwnerTable != "" {
			seq.OwnedBy = &model.ColumnRef{
				Table:  model.QualifiedName{Schema: r.OwnerSchema, Name: r.OwnerTable},
				Column: r.OwnerColumn,
			}
		}
		out = append(out, seq)
	}
	return out, nil
}
