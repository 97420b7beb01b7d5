package interop_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/interop"
	"github.com/retortdb/retort/migrate"
)

var importNow = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// summary is what a test compares of an imported revision.
type summary struct {
	ID, Message, Parents, Created string
	NoTransaction                 bool
	Up, Down                      string
}

func summarize(revs []*migrate.Revision) []summary {
	out := make([]summary, len(revs))
	for i, r := range revs {
		out[i] = summary{r.ID, r.Message, strings.Join(r.Parents, ","), r.Created.Format(time.RFC3339), r.NoTransaction, r.Upgrade, r.Downgrade}
	}
	return out
}

// TestImport reads a hand-written directory of each runner (testdata/import)
// and checks every revision it becomes.
func TestImport(t *testing.T) {
	users := "CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);"
	for _, c := range []struct {
		f    interop.Format
		want []summary
	}{
		{interop.Goose, []summary{
			{"v20240102090000", "create users", "", "2024-01-02T09:00:00Z", false,
				"CREATE TYPE mood AS ENUM ('happy', 'sad');\nCREATE TABLE users (\n    id bigserial PRIMARY KEY,\n    email text NOT NULL UNIQUE,\n    mood mood DEFAULT 'happy'\n);",
				"DROP TABLE users;\nDROP TYPE mood;"},
			{"v20240102090500", "touch function", "v20240102090000", "2024-01-02T09:05:00Z", false,
				"CREATE FUNCTION touch_email(u users) RETURNS text LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN lower(u.email);\nEND;\n$$;\nINSERT INTO users (email) VALUES ('a@example.com');",
				"DELETE FROM users;\nDROP FUNCTION touch_email(users);"},
			{"v20240102091000", "email index", "v20240102090500", "2024-01-02T09:10:00Z", true,
				"CREATE INDEX CONCURRENTLY users_lower_email ON users (lower(email));\nCREATE INDEX CONCURRENTLY users_mood ON users (mood);",
				"DROP INDEX CONCURRENTLY users_mood;\nDROP INDEX CONCURRENTLY users_lower_email;"},
		}},
		{interop.Dbmate, []summary{
			{"v20240102090000", "create users", "", "2024-01-02T09:00:00Z", false, users, "DROP TABLE users;"},
			{"v20240102091000", "email index", "v20240102090000", "2024-01-02T09:10:00Z", true,
				"CREATE INDEX CONCURRENTLY users_email ON users (email);", "DROP INDEX users_email;"},
		}},
		{interop.Flyway, []summary{
			{"v1", "create users", "", "2026-01-02T03:04:05Z", false, users, "DROP TABLE users;"},
			{"v1_1", "email index", "v1", "2026-01-02T03:04:05Z", true, "CREATE INDEX CONCURRENTLY users_email ON users (email);",
				"DO $$ BEGIN RAISE EXCEPTION 'the flyway migration 1.1 has no downgrade: write one in this revision'; END $$;"},
		}},
		{interop.Alembic, []summary{
			{"1a2b3c4d5e6f", "create users", "", "2024-01-02T09:00:00Z", false,
				"CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL, note text DEFAULT ':x')\nCOMMENT ON TABLE users IS 'it''s users'",
				"DROP TABLE users"},
			{"2b3c4d5e6f7a", "email index", "1a2b3c4d5e6f", "2024-01-02T09:10:00Z", true,
				"CREATE INDEX CONCURRENTLY users_email ON users (email)", "DROP INDEX CONCURRENTLY users_email"},
		}},
	} {
		t.Run(string(c.f), func(t *testing.T) {
			revs, err := interop.Import(c.f, os.DirFS(filepath.Join("testdata", "import", string(c.f))), importNow)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(c.want, summarize(revs)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestImportGolangMigrate checks the ids (the version as golang-migrate
// records it, a number) and that a single CREATE INDEX CONCURRENTLY, which
// golang-migrate runs on its own, runs outside a transaction in retort.
func TestImportGolangMigrate(t *testing.T) {
	revs, err := interop.Import(interop.GolangMigrate, os.DirFS(filepath.Join("testdata", "import", "golang-migrate")), importNow)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range revs {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != "v1 v2 v3" || !revs[2].NoTransaction || revs[1].NoTransaction {
		t.Errorf("ids %v, no-transaction %v %v; want v1 v2 v3 with v3 alone outside a transaction", ids, revs[1].NoTransaction, revs[2].NoTransaction)
	}
}

// TestImportErrors checks that what cannot be imported is named with its
// file and line, and says what to do.
func TestImportErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		f     interop.Format
		files map[string]string
		want  string
	}{
		{"goose go migration", interop.Goose, map[string]string{"00001_a.go": "package x"},
			"00001_a.go: a goose Go migration; retort imports SQL migrations only"},
		{"goose envsub", interop.Goose, map[string]string{"00001_a.sql": "-- +goose Up\n-- +goose ENVSUB ON\nSELECT 1;\n"},
			"00001_a.sql:2: -- +goose envsub on: retort cannot import this annotation"},
		{"flyway repeatable", interop.Flyway, map[string]string{"R__views.sql": "SELECT 1;"},
			"R__views.sql: a repeatable or baseline Flyway migration"},
		{"flyway placeholder", interop.Flyway, map[string]string{"V1__a.sql": "SELECT 1;\nCREATE SCHEMA ${name};\n"},
			"V1__a.sql:2: a Flyway placeholder"},
		{"golang-migrate down alone", interop.GolangMigrate, map[string]string{"1_a.down.sql": "SELECT 1;"},
			"1_a.down.sql: a down migration without its up migration"},
		{"alembic python", interop.Alembic, map[string]string{"versions/a_x.py": "revision = 'a'\ndown_revision = None\n\ndef upgrade():\n    op.add_column('t', sa.Column('c', sa.Integer()))\n\ndef downgrade():\n    pass\n"},
			"versions/a_x.py:5: op.add_column('t', sa.Column('c', sa.Integer())): retort reads op.execute(SQL) only"},
		{"alembic f-string", interop.Alembic, map[string]string{"versions/a_x.py": "revision = 'a'\ndown_revision = None\n\ndef upgrade():\n    op.execute(f\"DROP TABLE {name}\")\n"},
			"versions/a_x.py:5: an f-string changes the SQL at run time"},
		{"dbmate no up", interop.Dbmate, map[string]string{"20240101000000_a.sql": "SELECT 1;\n"},
			"20240101000000_a.sql: no -- migrate:up block"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range c.files {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			_, err := interop.Import(c.f, fsys, importNow)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v; want one containing %q", err, c.want)
			}
		})
	}
}
