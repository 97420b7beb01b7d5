package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type tableRow struct {
	OID          uint32
	Schema       string
	Name         string
	PartitionKey string
	ParentSchema string
	ParentName   string
	Bound        string
	Unlogged     bool
	Options      []string
	RowSecurity  bool
	ForceRLS     bool
	Comment      string
	// InheritSchemas and InheritNames are the parents of an inheritance
	// child, in order.
	InheritSchemas []string
	InheritNames   []string
}

func (r *tableRow) fields() []any {
	return []any{
		&r.OID, &r.Schema, &r.Name, &r.PartitionKey, &r.ParentSchema, &r.ParentName, &r.Bound,
		&r.Unlogged, &r.Options, &r.RowSecurity, &r.ForceRLS, &r.Comment, &r.InheritSchemas,
		&r.InheritNames,
	}
}

// tableSet holds the tables read so far, in catalog order and by OID, so
// that the queries over their parts can attach rows to them.
type tableSet struct {
	items []model.Table
	byOID map[uint32]int
}

func (s tableSet) get(oid uint32) *model.Table {
	if i, ok := s.byOID[oid]; ok {
		return &s.items[i]
	}
	return nil
}

func (s tableSet) list() []model.Table { return orNil(s.items) }

// readTables reads the tables with their columns and constraints: one query
// per kind, joined here by table OID. Indexes and triggers, which tables
// share with views, are read by the caller.
func readTables(ctx context.Context, f *fetcher, sc scope) (tableSet, error) {
	rows, err := collect[tableRow](ctx, f, "tables", sc.schemas, sc.excludeTables)
	if err != nil {
		return tableSet{}, fmt.Errorf("introspect tables: %w", err)
	}
	set := tableSet{items: make([]model.Table, len(rows)), byOID: make(map[uint32]int, len(rows))}
	byOID := make(map[uint32]*model.Table, len(rows))
	for i, r := range rows {
		set.items[i] = model.Table{
			Schema:           r.Schema,
			Name:             r.Name,
			PartitionKey:     r.PartitionKey,
			PartitionBound:   r.Bound,
			Unlogged:         r.Unlogged,
			Options:          sorted(r.Options),
			RowSecurity:      r.RowSecurity,
			ForceRowSecurity: r.ForceRLS,
			Comment:          r.Comment,
		}
		if r.ParentName != "" {
			set.items[i].PartitionOf = &model.QualifiedName{Schema: r.ParentSchema, Name: r.ParentName}
		}
		for j, name := range r.InheritNames {
			set.items[i].Inherits = append(set.items[i].Inherits, model.QualifiedName{Schema: r.InheritSchemas[j], Name: name})
		}
		set.byOID[r.OID] = i
		byOID[r.OID] = &set.items[i]
	}
	if err := readColumns(ctx, f, sc, byOID); err != nil {
		return tableSet{}, err
	}
	if err := readConstraints(ctx, f, sc, byOID); err != nil {
		return tableSet{}, err
	}
	return set, nil
}
