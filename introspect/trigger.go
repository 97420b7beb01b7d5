package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type triggerRow struct {
	Relation       uint32
	Name           string
	Definition     string
	Enabled        string
	FunctionSchema string
	FunctionName   string
	FunctionArgs   string
	Comment        string
}

func (r *triggerRow) fields() []any {
	return []any{
		&r.Relation, &r.Name, &r.Definition, &r.Enabled, &r.FunctionSchema, &r.FunctionName,
		&r.FunctionArgs, &r.Comment,
	}
}

// readTriggers reads the user triggers of tables and views and attaches
// each to its relation.
func readTriggers(ctx context.Context, f *fetcher, sc scope, tables tableSet, views viewSet) error {
	rows, err := collect[triggerRow](ctx, f, "triggers", sc.schemas, sc.excludeTables)
	if err != nil {
		return fmt.Errorf("introspect triggers: %w", err)
	}
	for _, r := range rows {
		tg := model.Trigger{
			Name:       r.Name,
			Definition: r.Definition,
			Enabled:    triggerStates[r.Enabled],
			Function: model.Ref{
				Kind: model.RefFunction, Schema: r.FunctionSchema, Name: r.FunctionName, Args: r.FunctionArgs,
			},
			Comment: r.Comment,
		}
		if t := tables.get(r.Relation); t != nil {
			t.Triggers = append(t.Triggers, tg)
		} else if v := views.get(r.Relation); v != nil {
			v.Triggers = append(v.Triggers, tg)
		}
	}
	return nil
}

// triggerStates maps pg_trigger.tgenabled.
var triggerStates = map[string]model.TriggerEnabled{
	"O": model.TriggerOrigin,
	"D": model.TriggerDisabled,
	"R": model.TriggerReplica,
	"A": model.TriggerAlways,
}
