package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/internal/interop"
	"github.com/retortdb/retort/migrate"
)

func newExportCommand(g *globalOptions) *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export --format FORMAT --out DIR [START:END]",
		Short: "Write the revisions as another runner's migration directory",
		Long: `export writes the revision history as the migration directory of another runner,
each revision's upgrade and downgrade in that runner's layout and naming:

  golang-migrate  NNNNNN_slug.up.sql / .down.sql
  goose           NNNNN_slug.sql with -- +goose Up / Down
  dbmate          YYYYMMDDHHMMSS_slug.sql with -- migrate:up / down
  flyway          V<n>__slug.sql and U<n>__slug.sql (undo)
  atlas           YYYYMMDDHHMMSS_slug.sql and atlas.sum (Atlas plans downgrades itself)
  alembic         alembic.ini, env.py, script.py.mako, versions/<rev>_<slug>.py

A revision that runs outside a transaction is marked as each runner needs
(NO TRANSACTION, transaction:false, executeInTransaction=false, txmode none,
autocommit_block); golang-migrate and dbmate send a file as one string, which
PostgreSQL runs as one transaction, so there such a revision becomes one
migration per statement.

Every format but alembic holds one line of revisions: the range (default
base:head) must not branch or merge. alembic keeps merges, branch labels and
dependencies, and exports every revision up to END. DIR must be new or empty.`,
		Example: `  retort export --format golang-migrate --out migrations
  retort export --format goose --out db/migrations 1975ea83b712:head
  retort export --format alembic --out alembic`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := interop.ParseFormat(format)
			if err != nil {
				return err
			}
			if out == "" {
				return fmt.Errorf("--out: give the directory to write, e.g. --out migrations")
			}
			if err := emptyDir(out); err != nil {
				return err
			}
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			rng := ""
			if len(args) == 1 {
				rng = args[0]
			}
			revs, err := exportRange(graph, f, rng)
			if err != nil {
				return err
			}
			if len(revs) == 0 {
				return fmt.Errorf("no revisions to export in %s", p.cfg.Path)
			}
			files, err := interop.Files(f, revs, interop.Options{SlugLength: p.cfg.TruncateSlugLength})
			if err != nil {
				return err
			}
			if _, err := writeFiles(out, files); err != nil {
				return err
			}
			fmt.Fprintf(p.stdout, "Exported %d revision(s) to %s as %s (%d files)\n", len(revs), out, f, len(files))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "", "golang-migrate, goose, dbmate, flyway, atlas or alembic (required)")
	f.StringVarP(&out, "out", "o", "", "directory to write; must be new or empty (required)")
	_ = cmd.MarkFlagRequired("format")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}

// exportRange returns the revisions an export of rng ("START:END", or ""
// for base:head) holds: one line for the linear formats; for alembic, END
// and every revision it descends from (START must be base).
func exportRange(g *migrate.Graph, f interop.Format, rng string) ([]*migrate.Revision, error) {
	start, end := "", ""
	if rng != "" {
		var ok bool
		if start, end, ok = strings.Cut(rng, ":"); !ok {
			return nil, fmt.Errorf("range %s: write it as START:END (e.g. base:head)", rng)
		}
	}
	if f.Linear() {
		return interop.Line(g, start, end)
	}
	if start != "" && start != "base" {
		return nil, fmt.Errorf("range %s: an alembic export starts at base, since its first revision must have no parent", rng)
	}
	if end == "" || end == "head" || end == "heads" {
		return g.Revisions(), nil
	}
	ids, err := g.Resolve(end)
	if err != nil {
		return nil, fmt.Errorf("range %s: %w", rng, err)
	}
	keep := map[string]bool{}
	for _, id := range ids {
		for _, a := range g.Ancestors(id) {
			keep[a] = true
		}
	}
	var revs []*migrate.Revision
	for _, r := range g.Revisions() {
		if keep[r.ID] {
			revs = append(revs, r)
		}
	}
	return revs, nil
}

// writeFiles writes files below dir (making directories as needed) and
// returns their paths.
func writeFiles(dir string, files []interop.File) ([]string, error) {
	var paths []string
	for _, file := range files {
		path := filepath.Join(dir, filepath.FromSlash(file.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return paths, err
		}
		if err := os.WriteFile(path, file.Data, 0o644); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// emptyDir reports a directory that holds files already: an export writes
// a whole directory and must not mix with what is there.
func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("--out %s: %v", dir, err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("--out %s: the directory holds %s already; export into a new or empty directory", dir, entries[0].Name())
	}
	return nil
}
