package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

// viewRow is one view; the Column* fields are parallel arrays in attribute
// order, the Dep* fields its dependencies.
type viewRow struct {
	OID            uint32
	Schema         string
	Name           string
	Materialized   bool
	Definition     string
	ColumnNames    []string
	ColumnTypes    []string
	ColumnComments []string
	Options        []string
	Comment        string
	DepKinds       []int32
	DepSchemas     []string
	DepNames       []string
	DepArgs        []string
}

func (r *viewRow) fields() []any {
	return []any{
		&r.OID, &r.Schema, &r.Name, &r.Materialized, &r.Definition, &r.ColumnNames,
		&r.ColumnTypes, &r.ColumnComments, &r.Options, &r.Comment, &r.DepKinds, &r.DepSchemas,
		&r.DepNames, &r.DepArgs,
	}
}

// viewSet holds the views read, in catalog order and by OID, so that the
// index and trigger queries can attach rows to them.
type viewSet struct {
	items []model.View
	byOID map[uint32]int
}

func (s viewSet) get(oid uint32) *model.View {
	if i, ok := s.byOID[oid]; ok {
		return &s.items[i]
	}
	return nil
}

func (s viewSet) list() []model.View { return orNil(s.items) }

func readViews(ctx context.Context, f *fetcher, sc scope) (viewSet, error) {
	rows, err := collect[viewRow](ctx, f, "views", sc.schemas, sc.excludeTables)
	if err != nil {
		return viewSet{}, fmt.Errorf("introspect views: %w", err)
	}
	set := viewSet{items: make([]model.View, len(rows)), byOID: make(map[uint32]int, len(rows))}
	for i, r := range rows {
		v := model.View{
			Schema:       r.Schema,
			Name:         r.Name,
			Materialized: r.Materialized,
			Definition:   r.Definition,
			Options:      sorted(r.Options),
			Comment:      r.Comment,
			Depends:      refs(r.DepKinds, r.DepSchemas, r.DepNames, r.DepArgs),
		}
		for j, name := range r.ColumnNames {
			v.Columns = append(v.Columns, model.ViewColumn{Name: name, Type: r.ColumnTypes[j], Comment: r.ColumnComments[j]})
		}
		set.items[i] = v
		set.byOID[r.OID] = i
	}
	return set, nil
}
