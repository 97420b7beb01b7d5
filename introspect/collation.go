package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type collationRow struct {
	Schema        string
	Name          string
	Provider      string
	Locale        string
	Collate       string
	Ctype         string
	Deterministic bool
	Comment       string
}

func (r *collationRow) fields() []any {
	return []any{
		&r.Schema, &r.Name, &r.Provider, &r.Locale, &r.Collate, &r.Ctype, &r.Deterministic,
		&r.Comment,
	}
}

func readCollations(ctx context.Context, f *fetcher, sc scope) ([]model.Collation, error) {
	rows, err := collect[collationRow](ctx, f, "collations", sc.schemas)
	if err != nil {
		return nil, fmt.Errorf("introspect collations: %w", err)
	}
	var out []model.Collation
	for _, r := range rows {
		out = append(out, model.Collation(r))
	}
	return out, nil
}
