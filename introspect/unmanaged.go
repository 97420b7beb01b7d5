package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type unmanagedRow struct {
	Kind string
	Name string
}

func (r *unmanagedRow) fields() []any {
	return []any{&r.Kind, &r.Name}
}

func readUnmanaged(ctx context.Context, f *fetcher, sc scope) ([]model.Unmanaged, error) {
	rows, err := collect[unmanagedRow](ctx, f, "unmanaged", sc.schemas, sc.excludeTables, sc.wholeDatabase)
	if err != nil {
		return nil, fmt.Errorf("introspect unmanaged objects: %w", err)
	}
	var out []model.Unmanaged
	for _, r := range rows {
		out = append(out, model.Unmanaged(r))
	}
	return out, nil
}
