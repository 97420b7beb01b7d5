package introspect

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/model"
)

type tableRow struct {
	OID          uint32
	Schema       string
	Name         string
	PartitionKey string
	Unlogged     bool
	Options      []string
	Comment      string
}

// readTables reads the tables with their columns, constraints and indexes:
// one query per kind, joined here by table OID.
func readTables(ctx context.Context, tx pgx.Tx, sc scope) ([]model.Table, error) {
	rows, err := collect[tableRow](ctx, tx, "tables", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect tables: %w", err)
	}
	tables := make([]model.Table, len(rows))
	byOID := make(map[uint32]*model.Table, len(rows))
	for i, r := range rows {
		tables[i] = model.Table{
			Schema:       r.Schema,
			Name:         r.Name,
			PartitionKey: r.PartitionKey,
			Unlogged:     r.Unlogged,
			Options:      sorted(r.Options),
			Comment:      r.Comment,
		}
		byOID[r.OID] = &tables[i]
	}
	if err := readColumns(ctx, tx, sc, byOID); err != nil {
		return nil, err
	}
	if err := readConstraints(ctx, tx, sc, byOID); err != nil {
		return nil, err
	}
	if err := readIndexes(ctx, tx, sc, byOID); err != nil {
		return nil, err
	}
	return orNil(tables), nil
}
