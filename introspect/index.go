package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

// indexRow is one index; the Key* fields are parallel arrays, one element
// per key column in key order.
type indexRow struct {
	Name             string
	Table            uint32
	Method           string
	Unique           bool
	KeyColumns       []string
	KeyExpressions   []string
	CollationSchemas []string
	CollationNames   []string
	OpclassSchemas   []string
	OpclassNames     []string
	Descending       []bool
	NullsFirst       []bool
	Include          []string
	Predicate        string
	Options          []string
	NullsNotDistinct bool
	Columns          []string
	Comment          string
	Invalid          bool
	AttachedTo       string
}

func (r *indexRow) fields() []any {
	return []any{
		&r.Name, &r.Table, &r.Method, &r.Unique, &r.KeyColumns, &r.KeyExpressions,
		&r.CollationSchemas, &r.CollationNames, &r.OpclassSchemas, &r.OpclassNames,
		&r.Descending, &r.NullsFirst, &r.Include, &r.Predicate, &r.Options, &r.NullsNotDistinct,
		&r.Columns, &r.Comment, &r.Invalid, &r.AttachedTo,
	}
}

// readIndexes reads the indexes of tables and of materialized views and
// attaches each to its relation.
func readIndexes(ctx context.Context, f *fetcher, sc scope, tables tableSet, views viewSet) error {
	rows, err := collect[indexRow](ctx, f, "indexes", sc.schemas, sc.excludeTables)
	if err != nil {
		return fmt.Errorf("introspect indexes: %w", err)
	}
	for _, r := range rows {
		if t := tables.get(r.Table); t != nil {
			t.Indexes = append(t.Indexes, r.index())
		} else if v := views.get(r.Table); v != nil {
			v.Indexes = append(v.Indexes, r.index())
		}
	}
	return nil
}

func (r indexRow) index() model.Index {
	ix := model.Index{
		Name:             r.Name,
		Unique:           r.Unique,
		Method:           r.Method,
		Include:          orNil(r.Include),
		Predicate:        r.Predicate,
		Options:          sorted(r.Options),
		NullsNotDistinct: r.NullsNotDistinct,
		Columns:          sorted(r.Columns),
		Comment:          r.Comment,
		Invalid:          r.Invalid,
		AttachedTo:       r.AttachedTo,
	}
	for i := range r.KeyColumns {
		k := model.IndexKey{
			Column:     r.KeyColumns[i],
			Expression: r.KeyExpressions[i],
			Descending: r.Descending[i],
			NullsFirst: r.NullsFirst[i],
		}
		if r.CollationNames[i] != "" {
			k.Collation = &model.QualifiedName{Schema: r.CollationSchemas[i], Name: r.CollationNames[i]}
		}
		if r.OpclassNames[i] != "" {
			k.Opclass = &model.QualifiedName{Schema: r.OpclassSchemas[i], Name: r.OpclassNames[i]}
		}
		ix.Keys = append(ix.Keys, k)
	}
	return ix
}
