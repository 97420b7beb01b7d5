package render

import "github.com/retortdb/retort/diff"

// attachPartition renders ALTER TABLE parent ATTACH PARTITION p bound.
func attachPartition(op diff.AttachPartition) string {
	return alterTable(op.Parent, "ATTACH PARTITION "+QualifiedName(op.Partition)+" "+op.Bound)
}

// detachPartition renders ALTER TABLE parent DETACH PARTITION p.
func detachPartition(op diff.DetachPartition) string {
	return alterTable(op.Parent, "DETACH PARTITION "+QualifiedName(op.Partition))
}
