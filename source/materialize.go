package source

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/devdb"
	"github.com/retortdb/retort/internal/sqlnorm"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/model/yamlmodel"
	"github.com/retortdb/retort/render"
)

// loadYAML materializes a YAML model (a file or a directory of them).
func (l *Loader) loadYAML(ctx context.Context, spec string) (*model.Schema, error) {
	m, err := yamlmodel.Load(spec)
	if err != nil {
		return nil, err
	}
	s, err := l.Materialize(ctx, m)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", spec, err)
	}
	return s, nil
}

// Materialize builds a model in a fresh scratch database and returns what
// the catalog then holds, so that a model written by hand (YAML, Go)
// compares exactly with a database: "int" becomes "integer", "price > 0"
// becomes "(price > (0)::numeric)". The model is rendered as the plan from
// the scratch database's empty state; the public schema, which every new
// database has, is kept when the model does not mention it. The result
// carries m's annotations (renames), which the catalog has no place for.
func (l *Loader) Materialize(ctx context.Context, m *model.Schema) (*model.Schema, error) {
	db, err := l.Scratch(ctx)
	if err != nil {
		return nil, err
	}
	defer db.Drop(ctx) // a failure is reported by Close
	conn, err := devdb.Connect(ctx, db.URL(), devdb.HintDevServer)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	empty, err := introspect.Schema(ctx, conn, l.opts.Introspect)
	if err != nil {
		return nil, fmt.Errorf("read scratch database %s: %w", db.Name(), err)
	}
	if m.Privileges != nil && !l.opts.Introspect.Privileges {
		fmt.Fprintln(l.opts.Stderr, "retort: warning: the model has privileges, which are left out: they are compared only with --privileges (or privileges: true in retort.yaml)")
	}
	want := withImplicitNamespaces(m, empty)
	plan := diff.CompareWith(empty, want, diff.Options{Equivalence: sqlnorm.Trees{}})
	if err := plan.Err(); err != nil {
		return nil, fmt.Errorf("the model cannot be created: %w", err)
	}
	script := render.Plan(plan)
	if err := applyInAnyOrder(ctx, conn, "model (as SQL)", script); err != nil {
		return nil, fmt.Errorf("the model does not apply: %w", err)
	}
	if err := l.warnOutOfScope(ctx, conn); err != nil {
		return nil, err
	}
	s, err := introspect.Schema(ctx, conn, l.opts.Introspect)
	if err != nil {
		return nil, fmt.Errorf("read scratch database %s: %w", db.Name(), err)
	}
	s.CopyAnnotations(m)
	return s, nil
}

// withImplicitNamespaces returns m with the schemas of a new database that
// m does not mention (public), so materializing m does not drop them.
func withImplicitNamespaces(m, empty *model.Schema) *model.Schema {
	out := *m
	out.Namespaces = append([]model.Namespace{}, m.Namespaces...)
	have := map[string]bool{}
	for _, n := range m.Namespaces {
		have[n.Name] = true
	}
	for _, n := range empty.Namespaces {
		if !have[n.Name] {
			out.Namespaces = append(out.Namespaces, n)
		}
	}
	out.Sort()
	return &out
}
