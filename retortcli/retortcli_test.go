package retortcli_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/retortcli"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// shop is a model compiled into the program.
func shop() *model.Schema {
	return &model.Schema{
		Namespaces: []model.Namespace{{Name: "public", Comment: "standard public schema"}},
		Tables: []model.Table{{
			Schema: "public", Name: "customer",
			Columns: []model.Column{
				{Name: "id", Type: "bigint", NotNull: true},
				{Name: "email", Type: "text", NotNull: true},
			},
			Constraints: []model.Constraint{{Name: "customer_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}}},
		}},
	}
}

// TestMainWithCompiledModel runs retort's commands with the model compiled
// in: the config names no model at all.
func TestMainWithCompiledModel(t *testing.T) {
	db := pgtest.NewDatabase(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "retort.yaml")
	body := fmt.Sprintf("url: %q\ndev_url: %q\nversions: versions\n", db, pgtest.ServerURL(t))
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-c", cfg, "revision", "--autogenerate", "-m", "customer"},
		{"-c", cfg, "upgrade", "head"},
		{"-c", cfg, "check"},
	} {
		if code := retortcli.Main(args, shop()); code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
	}
	conn := pgtest.Connect(t, db)
	var n int
	if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customer'").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("customer has %d columns, want 2", n)
	}
}
