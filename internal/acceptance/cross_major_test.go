package acceptance

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/model/yamlmodel"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

// crossMajors are the majors TestCrossMajor compares the test server with
// by default; RETORT_CROSS_MAJORS ("17 18") sets others.
var crossMajors = []int{17, 18}

// otherServers returns the servers of other majors that TestCrossMajor
// uses, by major: RETORT_PG<N>_URL for each N of crossMajors, as
// scripts/pg-matrix.sh exports them.
func otherServers(t *testing.T) map[int]string {
	t.Helper()
	majors := crossMajors
	if s := os.Getenv("RETORT_CROSS_MAJORS"); s != "" {
		majors = nil
		for _, f := range strings.Fields(s) {
			n, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("RETORT_CROSS_MAJORS=%q: %q is not a major version", s, f)
			}
			majors = append(majors, n)
		}
	}
	servers := map[int]string{}
	var missing []string
	for _, m := range majors {
		if m == pgtest.Major(t) {
			continue
		}
		env := fmt.Sprintf("RETORT_PG%d_URL", m)
		if url := os.Getenv(env); url != "" {
			servers[m] = url
		} else {
			missing = append(missing, env)
		}
	}
	if len(missing) > 0 {
		msg := fmt.Sprintf("cross-major test needs %s (run it under scripts/pg-matrix.sh, e.g. scripts/pg-matrix.sh 17 18 -- go test ./internal/acceptance -run TestCrossMajor)",
			strings.Join(missing, ", "))
		pgtest.SkipMissing(t, "servers of other majors", msg)
	}
	return servers
}

// TestCrossMajor checks that a model read on one major and applied on
// another plans nothing for a database of the same schema there: for every
// corpus schema, loaded on the test server (15 in CI) and on a server of
// each other major, the model read on either side, written as YAML and
// materialized on the other side's server (as retort diff --from DB --to
// model.yaml does), must plan empty against the database there. The
// corpus is the one both majors load (pgtest.CorpusFor).
func TestCrossMajor(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus on two servers: long")
	}
	home := pgtest.Major(t)
	servers := otherServers(t)
	for major, url := range servers {
		for _, name := range corpusNames {
			t.Run(fmt.Sprintf("%d_%d/%s", home, major, name), func(t *testing.T) {
				t.Parallel()
				dir := pgtest.CorpusFor(t, home, major)
				here := introspectURL(t, pgtest.LoadCorpusFrom(t, dir, pgtest.NewDatabase(t), name))
				there := introspectURL(t, pgtest.LoadCorpusFrom(t, dir, pgtest.NewDatabaseOn(t, url), name))
				if here.Major != home || there.Major != major {
					t.Fatalf("read majors %d and %d, want %d and %d", here.Major, there.Major, home, major)
				}
				checkModelOn(t, fmt.Sprintf("model read on %d, database on %d", home, major), here, there, url)
				checkModelOn(t, fmt.Sprintf("model read on %d, database on %d", major, home), there, here, pgtest.ServerURL(t))
			})
		}
	}
}

// checkModelOn writes m as a YAML model, materializes it on the server at
// devURL and requires an empty plan from db (read on that server) to it.
func checkModelOn(t *testing.T, what string, m, db *model.Schema, devURL string) {
	t.Helper()
	data, err := yamlmodel.Encode(m)
	if err != nil {
		t.Fatalf("%s: encode: %v", what, err)
	}
	path := filepath.Join(t.TempDir(), "model.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	loader := source.NewLoader(source.Options{DevURL: devURL})
	defer loader.Close()
	materialized, err := loader.Load(context.Background(), path)
	if err != nil {
		t.Fatalf("%s: materialize: %v", what, err)
	}
	if p := compare(db, materialized); !p.Empty() {
		t.Errorf("%s: plan is not empty:\n%s", what, render.Plan(p))
	}
}
