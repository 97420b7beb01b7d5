package source

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
)

// corpusDir holds real-world schemas (see its README).
const corpusDir = "../../shared/corpus"

// TestApplyCorpus applies every corpus schema (after its roles.sql) with
// ApplyFile: the splitter must handle them all.
func TestApplyCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: skipped in -short mode")
	}
	schemas, _ := filepath.Glob(filepath.Join(corpusDir, "*", "schema.sql"))
	if len(schemas) == 0 {
		t.Skipf("no corpus at %s", corpusDir)
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

// TestScanSplitCorpus: the fallback splitter (used when the server is newer
// than the parser) cuts every corpus schema where the parser does.
func TestScanSplitCorpus(t *testing.T) {
	schemas, _ := filepath.Glob(filepath.Join(corpusDir, "*", "schema.sql"))
	if len(schemas) == 0 {
		t.Skipf("no corpus at %s", corpusDir)
	}
	for _, schema := range schemas {
		b, err := os.ReadFile(schema)
		if err != nil {
			t.Fatal(err)
		}
		sql := string(b)
		byParser, err := splitScript(schema, sql, false)
		if err != nil {
			t.Fatal(err)
		}
		byScanner, err := scanSplit(sql)
		if err != nil {
			t.Fatal(err)
		}
		var p, s []int
		for _, st := range byParser {
			p = append(p, st.offset+firstToken(st.text))
		}
		for _, st := range byScanner {
			s = append(s, st.offset+firstToken(st.text))
		}
		if d := cmp.Diff(p, s); d != "" {
			t.Errorf("%s: statement starts differ (-parser +scanner)\n%s", schema, d)
		}
	}
}
