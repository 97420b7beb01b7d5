package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

// compositeRow is one composite type; the Attr* fields are parallel arrays
// in attribute order, the Dep* fields its dependencies.
type compositeRow struct {
	Schema               string
	Name                 string
	AttrNames            []string
	AttrTypes            []string
	AttrCollationSchemas []string
	AttrCollationNames   []string
	AttrComments         []string
	Comment              string
	DepKinds             []int32
	DepSchemas           []string
	DepNames             []string
	DepArgs              []string
}

func (r *compositeRow) fields() []any {
	return []any{
		&r.Schema, &r.Name, &r.AttrNames, &r.AttrTypes, &r.AttrCollationSchemas,
		&r.AttrCollationNames, &r.AttrComments, &r.Comment, &r.DepKinds, &r.DepSchemas,
		&r.DepNames, &r.DepArgs,
	}
}

func readComposites(ctx context.Context, f *fetcher, sc scope) ([]model.CompositeType, error) {
	rows, err := collect[compositeRow](ctx, f, "composites", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect composite types: %w", err)
	}
	var out []model.CompositeType
	for _, r := range rows {
		c := model.CompositeType{
			Schema:     r.Schema,
			Name:       r.Name,
			Attributes: []model.Attribute{},
			Comment:    r.Comment,
			Depends:    refs(r.DepKinds, r.DepSchemas, r.DepNames, r.DepArgs),
		}
		for i, name := range r.AttrNames {
			c.Attributes = append(c.Attributes, model.Attribute{
				Name:      name,
				Type:      r.AttrTypes[i],
				Collation: collation(r.AttrCollationSchemas[i], r.AttrCollationNames[i]),
				Comment:   r.AttrComments[i],
			})
		}
		c.Attributes = orNil(c.Attributes)
		out = append(out, c)
	}
	return out, nil
}
