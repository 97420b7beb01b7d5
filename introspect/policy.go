package introspect

import (
	"context"
	"fmt"
	"sort"

	"github.com/retortdb/retort/model"
)

type policyRow struct {
	Relation   uint32
	Name       string
	Command    string
	Permissive bool
	Roles      []string
	Using      string
	WithCheck  string
	Comment    string
}

func (r *policyRow) fields() []any {
	return []any{
		&r.Relation, &r.Name, &r.Command, &r.Permissive, &r.Roles, &r.Using, &r.WithCheck,
		&r.Comment,
	}
}

// readPolicies reads the row-level security policies of the tables and
// attaches each to its table, sorted by name.
func readPolicies(ctx context.Context, f *fetcher, sc scope, tables tableSet) error {
	rows, err := collect[policyRow](ctx, f, "policies", sc.schemas, sc.excludeTables)
	if err != nil {
		return fmt.Errorf("introspect policies: %w", err)
	}
	for _, r := range rows {
		t := tables.get(r.Relation)
		if t == nil {
			continue
		}
		t.Policies = append(t.Policies, model.Policy{
			Name:       r.Name,
			Command:    r.Command,
			Permissive: r.Permissive,
			Roles:      sorted(r.Roles),
			Using:      r.Using,
			WithCheck:  r.WithCheck,
			Comment:    r.Comment,
		})
	}
	for i := range tables.items {
		ps := tables.items[i].Policies
		sort.Slice(ps, func(a, b int) bool { return ps[a].Name < ps[b].Name })
	}
	return nil
}
