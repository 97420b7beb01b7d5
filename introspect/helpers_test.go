package introspect

import (
	"context"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// read introspects the database at url. It checks that the schema says
// which major it was read from, and clears Major, which the tests'
// expected schemas leave out.
func read(t testing.TB, url string, opts Options) *model.Schema {
	t.Helper()
	s, err := Schema(context.Background(), pgtest.Connect(t, url), opts)
	if err != nil {
		t.Fatalf("Schema: %v", err)
	}
	if s.Major != pgtest.Major(t) {
		t.Fatalf("Schema.Major = %d, want the server's %d", s.Major, pgtest.Major(t))
	}
	s.Major = 0
	return s
}

// load creates a fresh database holding sql and returns its URL.
func load(t testing.TB, sql string) string {
	t.Helper()
	url := pgtest.NewDatabase(t)
	if sql != "" {
		pgtest.Exec(t, url, sql)
	}
	return url
}
