package introspect

import (
	"context"
	"fmt"
	"strings"

	"github.com/retortdb/retort/model"
)

// domainRow is one domain; the Check* fields are parallel arrays, one
// element per check in name order, and the Dep* fields its dependencies.
type domainRow struct {
	Schema           string
	Name             string
	Type             string
	NotNull          bool
	Default          string
	CollationSchema  string
	CollationName    string
	CheckNames       []string
	CheckExpressions []string
	CheckNotValid    []bool
	CheckComments    []string
	Comment          string
	DepKinds         []int32
	DepSchemas       []string
	DepNames         []string
	DepArgs          []string
}

func (r *domainRow) fields() []any {
	return []any{
		&r.Schema, &r.Name, &r.Type, &r.NotNull, &r.Default, &r.CollationSchema,
		&r.CollationName, &r.CheckNames, &r.CheckExpressions, &r.CheckNotValid, &r.CheckComments,
		&r.Comment, &r.DepKinds, &r.DepSchemas, &r.DepNames, &r.DepArgs,
	}
}

func readDomains(ctx context.Context, f *fetcher, sc scope) ([]model.Domain, error) {
	rows, err := collect[domainRow](ctx, f, "domains", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect domains: %w", err)
	}
	var out []model.Domain
	for _, r := range rows {
		d := model.Domain{
			Schema:    r.Schema,
			Name:      r.Name,
			Type:      r.Type,
			NotNull:   r.NotNull,
			Default:   r.Default,
			Collation: collation(r.CollationSchema, r.CollationName),
			Comment:   r.Comment,
			Depends:   refs(r.DepKinds, r.DepSchemas, r.DepNames, r.DepArgs),
		}
		for i, name := range r.CheckNames {
			expr := r.CheckExpressions[i]
			if r.CheckNotValid[i] {
				// pg_get_constraintdef appends the flag, which NotValid carries
				expr = strings.TrimSuffix(expr, " NOT VALID")
			}
			d.Checks = append(d.Checks, model.DomainCheck{
				Name:       name,
				Expression: expr,
				NotValid:   r.CheckNotValid[i],
				Comment:    r.CheckComments[i],
			})
		}
		out = append(out, d)
	}
	return out, nil
}
