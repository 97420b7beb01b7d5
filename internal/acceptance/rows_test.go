package acceptance

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// rowCounts counts the rows of every table of s in the database at url. A
// row is counted once, in the table that holds it (FROM ONLY): a
// partitioned table holds none, its partitions are tables of s too, and a
// partition may move to another parent with its rows.
func rowCounts(t *testing.T, url string, s *model.Schema) map[model.QualifiedName]int64 {
	t.Helper()
	ctx := context.Background()
	conn := pgtest.Connect(t, url)
	defer conn.Close(ctx)
	counts := make(map[model.QualifiedName]int64, len(s.Tables))
	for _, tb := range s.Tables {
		var n int64
		q := "SELECT count(*) FROM ONLY " + pgx.Identifier{tb.Schema, tb.Name}.Sanitize()
		if err := conn.QueryRow(ctx, q).Scan(&n); err != nil {
			t.Fatalf("count rows of %s: %v", tb.QualifiedName(), err)
		}
		counts[tb.QualifiedName()] = n
	}
	return counts
}

// checkRowsKept requires every table that exists before and after a
// migration to hold as many rows after it as before: a table the plan
// should have altered must not have been dropped and created again.
func checkRowsKept(t *testing.T, stage string, before, after map[model.QualifiedName]int64, script string) {
	t.Helper()
	want := map[model.QualifiedName]int64{}
	got := map[model.QualifiedName]int64{}
	for q, n := range before {
		if m, ok := after[q]; ok {
			want[q], got[q] = n, m
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("%s: row counts changed (-before +after)\n%s\n--- script ---\n%s", stage, d, script)
	}
}
