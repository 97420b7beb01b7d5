package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

func TestLoadYAMLModel(t *testing.T) {
	dir := t.TempDir()
	yaml := "schemas:\n  app:\n    tables:\n      t:\n        columns:\n          id: int\n          price: {type: numeric, default: \"0\"}\n        constraints:\n          t_price_check: {check: price >= 0}\n"
	if err := os.WriteFile(filepath.Join(dir, "model.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	l := NewLoader(Options{DevURL: pgtest.ServerURL(t)})
	defer l.Close()
	s, err := l.Load(context.Background(), filepath.Join(dir, "model.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tbl := s.Table(model.QualifiedName{Schema: "app", Name: "t"})
	if tbl == nil {
		t.Fatalf("table app.t not materialized: %+v", s.Tables)
	}
	// The catalog's spelling, not the model's: that is what makes YAML compare exactly.
	if got := tbl.Columns[0].Type; got != "integer" {
		t.Errorf("id type %q, want integer", got)
	}
	if got := tbl.Constraints[0].Expression; got != "(price >= (0)::numeric)" {
		t.Errorf("check %q", got)
	}

	// A directory holding both kinds of model is refused.
	if err := os.WriteFile(filepath.Join(dir, "more.sql"), []byte("SELECT 1;"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = l.Load(context.Background(), dir)
	if !errors.Is(err, ErrUnsupported) {
		t.Errorf("mixed directory: %v, want ErrUnsupported", err)
	}
}
