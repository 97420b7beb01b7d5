package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type tsDictRow struct {
	Schema   string
	Name     string
	Template string
	Options  string
	Comment  string
}

func (r *tsDictRow) fields() []any {
	return []any{&r.Schema, &r.Name, &r.Template, &r.Options, &r.Comment}
}

func readTextSearchDictionaries(ctx context.Context, f *fetcher, sc scope) ([]model.TextSearchDictionary, error) {
	rows, err := collect[tsDictRow](ctx, f, "ts_dicts", sc.schemas)
	if err != nil {
		return nil, fmt.Errorf("introspect text search dictionaries: %w", err)
	}
	var out []model.TextSearchDictionary
	for _, r := range rows {
		out = append(out, model.TextSearchDictionary(r))
	}
	return out, nil
}

// tsConfigRow is one text search configuration; Mappings is decoded from
// the query's JSON array.
type tsConfigRow struct {
	Schema   string
	Name     string
	Parser   string
	Mappings []model.TextSearchMapping
	Comment  string
}

func (r *tsConfigRow) fields() []any {
	return []any{&r.Schema, &r.Name, &r.Parser, &r.Mappings, &r.Comment}
}

func readTextSearchConfigs(ctx context.Context, f *fetcher, sc scope) ([]model.TextSearchConfig, error) {
	rows, err := collect[tsConfigRow](ctx, f, "ts_configs", sc.schemas)
	if err != nil {
		return nil, fmt.Errorf("introspect text search configurations: %w", err)
	}
	var out []model.TextSearchConfig
	for _, r := range rows {
		out = append(out, model.TextSearchConfig{
			Schema:   r.Schema,
			Name:     r.Name,
			Parser:   r.Parser,
			Mappings: orNil(r.Mappings),
			Comment:  r.Comment,
		})
	}
	return out, nil
}
