package source

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/retortdb/retort/internal/pgtest"
)

func TestApplySQL(t *testing.T) {
	tests := []struct {
		name   string
		sql    string
		want   string // error message; "" for success
		tables int    // tables that must exist afterwards
	}{
		{
			name:   "ok",
			sql:    "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n",
			tables: 2,
		},
		{
			name: "error position in the middle",
			sql: "CREATE TABLE a (id int);\n" + // 1
				"\n" + // 2
				"-- the view\n" + // 3
				"CREATE VIEW v AS\n" + // 4
				"  SELECT id,\n" + // 5
				"         nosuch\n" + // 6
				"  FROM a;\n" + // 7
				"CREATE TABLE b (id int);\n",
			want:   `x.sql:6: column "nosuch" does not exist (SQLSTATE 42703)`,
			tables: 1,
		},
		{
			name: "error without position: first token of the statement",
			sql: "CREATE TABLE a (id int);\n" +
				"/* a comment\n" +
				"   over lines */\n" +
				"CREATE TABLE a (id int);\n",
			want:   `x.sql:4: relation "a" already exists (SQLSTATE 42P07)`,
			tables: 1,
		},
		{
			name: "multibyte characters before the position",
			sql: "CREATE TABLE a (id int);\n" +
				"SELECT 'ééé' AS «x», 'ü',\n" +
				"  nosuch FROM a;\n",
			want:   `x.sql:3: column "nosuch" does not exist (SQLSTATE 42703)`,
			tables: 1,
		},
		{
			name: "syntax error is found before anything runs",
			sql: "CREATE TABLE a (id int);\n" +
				"CREATE TABLE b (\n" +
				"  id int,\n" +
				"  name txet text\n" +
				");\n",
			want:   `x.sql:4: syntax error at or near "text"`,
			tables: 0,
		},
		{
			name:   "unterminated string",
			sql:    "CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS 'oops;\n",
			want:   `x.sql:2: unterminated quoted string at or near "'oops; "`,
			tables: 0,
		},
		{
			name:   "psql meta-command",
			sql:    "CREATE TABLE a (id int);\n\\set ON_ERROR_STOP 1\nCREATE TABLE b (id int);\n",
			want:   `x.sql:2: psql meta-command \set is not supported in a SQL source; remove it`,
			tables: 0,
		},
		{
			name:   "backslash inside a string is not a meta-command",
			sql:    "CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS E'x\n\\\\y';\n",
			tables: 1,
		},
		{
			name: "BEGIN ATOMIC body keeps its semicolons",
			sql: "CREATE FUNCTION f() RETURNS int LANGUAGE sql\n" +
				"BEGIN ATOMIC\n" +
				"  SELECT 1;\n" +
				"  SELECT 2;\n" +
				"END;\n" +
				"CREATE TABLE a (id int DEFAULT f());\n" +
				"SELECT f(1);\n",
			want:   `x.sql:7: function f(integer) does not exist (SQLSTATE 42883)`,
			tables: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			conn := pgtest.Connect(t, pgtest.NewDatabase(t))
			err := ApplySQL(ctx, conn, "x.sql", tt.sql)
			got := ""
			if err != nil {
				got = err.Error()
				var sqlErr *SQLError
				if !errors.As(err, &sqlErr) {
					t.Errorf("error %T is not an *SQLError", err)
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("error (-want +got)\n%s", d)
			}
			var n int
			if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != tt.tables {
				t.Errorf("%d tables exist afterwards, want %d", n, tt.tables)
			}
		})
	}
}

func TestApplySQLMetaCommandIs(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	err := ApplySQL(context.Background(), conn, "x.sql", "\\i other.sql\n")
	if !errors.Is(err, ErrMetaCommand) {
		t.Fatalf("got %v, want ErrMetaCommand", err)
	}
}

func TestApplyFileMissing(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	err := ApplyFile(context.Background(), conn, "testdata/nosuch.sql")
	want := "read SQL source: open testdata/nosuch.sql: no such file or directory"
	if d := cmp.Diff(want, err.Error()); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
