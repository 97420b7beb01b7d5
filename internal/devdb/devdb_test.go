package devdb

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/internal/embedpg"
	"github.com/retortdb/retort/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func exists(t *testing.T, server, name string) bool {
	t.Helper()
	var n int
	err := pgtest.Connect(t, server).QueryRow(context.Background(),
		"SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n == 1
}

func TestCreateDrop(t *testing.T) {
	server := pgtest.ServerURL(t)
	for _, cancelBeforeDrop := range []bool{false, true} {
		t.Run(fmt.Sprint("cancel=", cancelBeforeDrop), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			db, err := Create(ctx, server)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(db.Name(), Prefix) || !exists(t, server, db.Name()) {
				t.Fatalf("database %s not created", db.Name())
			}
			// A session left open must not block the drop.
			conn, err := pgx.Connect(ctx, db.URL())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(context.Background())
			if cancelBeforeDrop {
				cancel()
			}
			if err := db.Drop(ctx); err != nil {
				t.Fatal(err)
			}
			if exists(t, server, db.Name()) {
				t.Fatalf("database %s still exists after Drop", db.Name())
			}
		})
	}
}

func TestCreateErrors(t *testing.T) {
	server := pgtest.ServerURL(t)
	ctx := context.Background()

	role := "retort_nocreatedb_" + randomHex(4)
	pgtest.Exec(t, server, "CREATE ROLE "+role+" LOGIN NOCREATEDB")
	t.Cleanup(func() { pgtest.Exec(t, server, "DROP ROLE IF EXISTS "+role) })
	noCreate, err := connAs(server, role)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, url, want string
		is              error
	}{
		{"unreachable", "postgres://postgres:s3cret@127.0.0.1:1/postgres?sslmode=disable",
			`connect to 127.0.0.1:1 (database "postgres", user "postgres"): connection refused; is PostgreSQL running? set --dev-url or RETORT_DEV_URL`,
			ErrUnreachable},
		{"bad port", "postgres://bob:s3cret@localhost:notaport/db",
			`invalid database URL "postgres://bob:xxxxx@localhost:notaport/db": invalid port; write it as postgres://user:password@host:port/database`,
			ErrBadURL},
		{"no createdb", noCreate,
			`create scratch database on ` + hostPort(t, server) + `: role "` + role + `" cannot create databases; use --dev-url with a role that has CREATEDB`,
			ErrCreateDB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := Create(ctx, tt.url)
			if err == nil {
				db.Drop(ctx)
				t.Fatal("Create succeeded")
			}
			if d := cmp.Diff(tt.want, err.Error()); d != "" {
				t.Errorf("message (-want +got)\n%s", d)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v) = false", tt.is)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Error("message shows the password")
			}
		})
	}
}

func connAs(server, role string) (string, error) {
	cfg, err := pgx.ParseConfig(server)
	if err != nil {
		return "", err
	}
	if strings.HasPrefix(cfg.Host, "/") {
		return fmt.Sprintf("postgres://%s@/postgres?host=%s&port=%d", role, cfg.Host, cfg.Port), nil
	}
	return fmt.Sprintf("postgres://%s@%s:%d/postgres?sslmode=disable", role, cfg.Host, cfg.Port), nil
}

func hostPort(t *testing.T, server string) string {
	cfg, err := ParseConfig(server)
	if err != nil {
		t.Fatal(err)
	}
	return addr(&cfg.Config)
}

func TestWithDatabase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://bob@h:5432/db?sslmode=disable", "postgres://bob@h:5432/x?sslmode=disable"},
		{"postgres://postgres@/postgres?host=%2Ftmp%2Fs", "postgres://postgres@/x?host=%2Ftmp%2Fs"},
		{"host=h dbname=db", "host=h dbname=db dbname='x'"},
	}
	for _, tt := range tests {
		got, err := WithDatabase(tt.in, "x")
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("WithDatabase(%q) (-want +got)\n%s", tt.in, d)
		}
	}
}

// TestConnectErrors checks the messages for a refused password and a
// missing database on an embedded cluster that asks role bob for a password.
func TestConnectErrors(t *testing.T) {
	ctx := context.Background()
	c, err := embedpg.Start(ctx)
	if err != nil {
		pgtest.SkipMissing(t, "a throwaway cluster", err.Error())
	}
	defer c.Stop()
	hba := filepath.Join(c.DataDir(), "pg_hba.conf")
	old, err := os.ReadFile(hba)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(hba, append([]byte("local all bob scram-sha-256\n"), old...), 0o600); err != nil {
		t.Fatal(err)
	}
	pgtest.Exec(t, c.URL(), "CREATE ROLE bob LOGIN PASSWORD 'right'; SELECT pg_reload_conf()")
	cfg, _ := ParseConfig(c.URL())
	sock := addr(&cfg.Config)
	tests := []struct {
		name, url, want string
		is              error
	}{
		{"wrong password", fmt.Sprintf("postgres://bob:s3cret@/postgres?host=%s", cfg.Host),
			`connect to ` + sock + ` (database "postgres", user "bob"): password authentication failed for user "bob"; check the user and password in the URL`,
			ErrAuth},
		{"no database", fmt.Sprintf("postgres://postgres@/nosuchdb?host=%s", cfg.Host),
			`connect to ` + sock + ` (database "nosuchdb", user "postgres"): database "nosuchdb" does not exist; check the database name in the URL`,
			ErrNoDatabase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := Connect(ctx, tt.url, HintDevServer)
			if err == nil {
				conn.Close(ctx)
				t.Fatal("Connect succeeded")
			}
			if d := cmp.Diff(tt.want, err.Error()); d != "" {
				t.Errorf("message (-want +got)\n%s", d)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v) = false", tt.is)
			}
		})
	}
}
