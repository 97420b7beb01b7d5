package source

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/retortdb/retort/internal/pgtest"
)

// TestApplyCorpus applies every corpus schema (after its roles.sql) with
// ApplyFile: the splitter must handle them all.
func TestApplyCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: skipped in -short mode")
	}
	schemas, _ := filepath.Glob(filepath.Join(pgtest.Corpus(t), "*", "schema.sql"))
	if len(schemas) == 0 {
		t.Fatal("no corpus schemas")
	}
	for _, schema := range schemas {
		dir := filepath.Dir(schema)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			ctx := context.Background()
			conn := pgtest.Connect(t, pgtest.NewDatabase(t))
			if roles := filepath.Join(dir, "roles.sql"); fileExists(roles) {
				if err := ApplyFile(ctx, conn, roles); err != nil {
					t.Fatal(err)
				}
			}
			start := time.Now()
			if err := ApplyFile(ctx, conn, schema); err != nil {
				t.Fatal(err)
			}
			t.Logf("applied %s in %v", schema, time.Since(start).Round(time.Millisecond))
		})
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
