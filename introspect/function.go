package introspect

import (
	"context"
	"fmt"
	"strings"

	"github.com/retortdb/retort/model"
)

type functionRow struct {
	Schema            string
	Name              string
	Kind              string // pg_proc.prokind
	Arguments         string
	IdentityArguments string
	Result            string
	Definition        string
	Comment           string
	DepKinds          []int32
	DepSchemas        []string
	DepNames          []string
	DepArgs           []string
}

func (r *functionRow) fields() []any {
	return []any{
		&r.Schema, &r.Name, &r.Kind, &r.Arguments, &r.IdentityArguments, &r.Result,
		&r.Definition, &r.Comment, &r.DepKinds, &r.DepSchemas, &r.DepNames, &r.DepArgs,
	}
}

func readFunctions(ctx context.Context, f *fetcher, sc scope) ([]model.Function, error) {
	rows, err := collect[functionRow](ctx, f, "functions", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect functions: %w", err)
	}
	var out []model.Function
	for _, r := range rows {
		f := model.Function{
			Schema:            r.Schema,
			Name:              r.Name,
			Arguments:         r.Arguments,
			IdentityArguments: r.IdentityArguments,
			Result:            r.Result,
			// pg_get_functiondef ends the statement with a newline
			Definition: strings.TrimSuffix(r.Definition, "\n"),
			Comment:    r.Comment,
			Depends:    refs(r.DepKinds, r.DepSchemas, r.DepNames, r.DepArgs),
		}
		switch r.Kind {
		case "p":
			f.Kind = model.Procedure
		case "a":
			f.Kind = model.Aggregate
		case "w":
			f.Kind = model.WindowFunction
		}
		out = append(out, f)
	}
	return out, nil
}
