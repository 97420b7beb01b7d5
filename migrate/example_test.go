package migrate_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/migrate"
)

// ExampleRunner upgrades a database to head from revisions held in an
// fs.FS (an embed.FS in an application). It needs a database (DATABASE_URL),
// so it has no Output line: it is compiled, not run, by go test.
func ExampleRunner() {
	revisions := fstest.MapFS{
		"versions/1975ea83b712_create_schema.sql": {Data: []byte(`-- retort revision
-- Revision: 1975ea83b712
-- Message: create schema shop

-- +retort upgrade
CREATE SCHEMA shop;

-- +retort downgrade
DROP SCHEMA shop;
`)},
	}
	ctx := context.Background()
	g, err := migrate.LoadGraph(revisions, "versions")
	if err != nil {
		log.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close(ctx)
	r := migrate.NewRunner(conn, g, migrate.Options{Log: os.Stdout})
	steps, err := r.Upgrade(ctx, "head")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(steps), "revision(s) applied")
}
