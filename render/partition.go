package render

import (
	"fmt"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// attachPartition renders ALTER TABLE parent ATTACH PARTITION p bound.
func attachPartition(op diff.AttachPartition) string {
	return alterTable(op.Parent, "ATTACH PARTITION "+QualifiedName(op.Partition)+" "+op.Bound)
}

// detachPartition renders ALTER TABLE parent DETACH PARTITION p.
func detachPartition(op diff.DetachPartition) string {
	return alterTable(op.Parent, "DETACH PARTITION "+QualifiedName(op.Partition))
}

// renameAttachedIndex renders a DO block that finds the index of a
// partition attached to its parent's index (pg_inherits) and renames it
// unless it has the name already; it stops with an error when there is
// none.
func renameAttachedIndex(op diff.RenameAttachedIndex) string {
	parentIndex := QualifiedName(model.QualifiedName{Schema: op.Parent.Schema, Name: op.ParentIndex})
	partition := QualifiedName(op.Partition)
	return fmt.Sprintf(`DO $$
DECLARE
    found name;
BEGIN
    SELECT c.relname INTO found
    FROM pg_catalog.pg_inherits i
    JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
    JOIN pg_catalog.pg_index x ON x.indexrelid = i.inhrelid
    WHERE i.inhparent = %s::regclass AND x.indrelid = %s::regclass;
    IF found IS NULL THEN
        RAISE EXCEPTION 'no index of %% is attached to %%', %s, %s;
    END IF;
    IF found <> %s THEN
        EXECUTE format('ALTER INDEX %%I.%%I RENAME TO %%I', %s, found, %s);
    END IF;
END
$$`, Literal(parentIndex), Literal(partition), Literal(partition), Literal(parentIndex),
		Literal(op.To), Literal(op.Partition.Schema), Literal(op.To))
}
