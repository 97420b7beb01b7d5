package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type namespaceRow struct {
	Name    string
	Comment string
}

func (r *namespaceRow) fields() []any {
	return []any{&r.Name, &r.Comment}
}

// readNamespaces reads every user schema; scoping happens afterwards,
// because the scope is expressed in schema names.
func readNamespaces(ctx context.Context, f *fetcher) ([]model.Namespace, error) {
	rows, err := collect[namespaceRow](ctx, f, "namespaces")
	if err != nil {
		return nil, fmt.Errorf("introspect schemas: %w", err)
	}
	out := make([]model.Namespace, 0, len(rows))
	for _, r := range rows {
		out = append(out, model.Namespace{Name: r.Name, Comment: r.Comment})
	}
	return out, nil
}
