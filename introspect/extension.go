package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type extensionRow struct {
	Name           string
	Schema         string
	Version        string
	DefaultVersion string
	Requires       []string
	Comment        string
}

func (r *extensionRow) fields() []any {
	return []any{&r.Name, &r.Schema, &r.Version, &r.DefaultVersion, &r.Requires, &r.Comment}
}

func readExtensions(ctx context.Context, f *fetcher, sc scope) ([]model.Extension, error) {
	rows, err := collect[extensionRow](ctx, f, "extensions", sc.schemas, sc.wholeDatabase)
	if err != nil {
		return nil, fmt.Errorf("introspect extensions: %w", err)
	}
	var out []model.Extension
	for _, r := range rows {
		r.Requires = orNil(r.Requires)
		out = append(out, model.Extension(r))
	}
	return out, nil
}
