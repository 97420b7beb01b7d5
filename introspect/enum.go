package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type enumRow struct {
	Schema  string
	Name    string
	Labels  []string
	Comment string
}

func (r *enumRow) fields() []any {
	return []any{&r.Schema, &r.Name, &r.Labels, &r.Comment}
}

func readEnums(ctx context.Context, f *fetcher, sc scope) ([]model.Enum, error) {
	rows, err := collect[enumRow](ctx, f, "enums", sc.schemas)
	if err != nil {
		return nil, fmt.Errorf("introspect enums: %w", err)
	}
	var out []model.Enum
	for _, r := range rows {
		out = append(out, model.Enum{Schema: r.Schema, Name: r.Name, Labels: orNil(r.Labels), Comment: r.Comment})
	}
	return out, nil
}
