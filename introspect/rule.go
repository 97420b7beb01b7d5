package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type ruleRow struct {
	Relation   uint32
	Name       string
	Definition string
	Enabled    string
	Comment    string
	DepKinds   []int32
	DepSchemas []string
	DepNames   []string
	DepArgs    []string
}

func (r *ruleRow) fields() []any {
	return []any{
		&r.Relation, &r.Name, &r.Definition, &r.Enabled, &r.Comment, &r.DepKinds, &r.DepSchemas,
		&r.DepNames, &r.DepArgs,
	}
}

// readRules reads the rewrite rules of tables and views (a view's _RETURN
// rule is its query, read with the view) and attaches each to its relation,
// in name order.
func readRules(ctx context.Context, f *fetcher, sc scope, tables tableSet, views viewSet) error {
	rows, err := collect[ruleRow](ctx, f, "rules", sc.schemas, sc.excludeTables)
	if err != nil {
		return fmt.Errorf("introspect rules: %w", err)
	}
	for _, r := range rows {
		rule := model.Rule{
			Name:       r.Name,
			Definition: r.Definition,
			Enabled:    triggerStates[r.Enabled],
			Comment:    r.Comment,
			Depends:    refs(r.DepKinds, r.DepSchemas, r.DepNames, r.DepArgs),
		}
		if t := tables.get(r.Relation); t != nil {
			t.Rules = append(t.Rules, rule)
		} else if v := views.get(r.Relation); v != nil {
			v.Rules = append(v.Rules, rule)
		}
	}
	return nil
}
