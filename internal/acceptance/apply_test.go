package acceptance

import (
	"context"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/source"
)

// applyScript runs a rendered script against the database at url the way
// retort runs SQL: statement by statement, in autocommit mode.
func applyScript(t *testing.T, url, name, script string) error {
	t.Helper()
	ctx := context.Background()
	conn := pgtest.Connect(t, url)
	defer conn.Close(ctx)
	return source.ApplySQL(ctx, conn, name, script)
}
