package cli

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/internal/interop"
	"github.com/retortdb/retort/migrate"
)

func newImportCommand(g *globalOptions) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "import --format FORMAT DIR",
		Short: "Turn another runner's migration directory into retort revisions",
		Long: `import reads the migration directory DIR of golang-migrate, goose, dbmate, Flyway
or Alembic and writes each migration as a retort revision into the project's
(empty) versions directory, in the runner's order.

Linear runners' migrations become one line of revisions with ids v<version>
(Flyway's 1.2 is v1_2), their upgrade and downgrade SQL, and their
no-transaction markers; a migration without a downgrade gets one that fails
naming it. Alembic revisions keep their ids, parents, branch labels and
depends-on; their upgrade() and downgrade() may hold op.execute calls on
string literals only: any other Python is an error naming the file and line.

Then, on a database the runner migrated, retort stamp --from-runner FORMAT
records where it stands.`,
		Example: `  retort import --format golang-migrate db/migrations
  retort stamp --from-runner golang-migrate`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := interop.ParseFormat(format)
			if err != nil {
				return err
			}
			if fi, err := os.Stat(args[0]); err != nil || !fi.IsDir() {
				return fmt.Errorf("%s: not a directory; give the runner's migration directory", args[0])
			}
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			if n := len(graph.Revisions()); n > 0 {
				return fmt.Errorf("%s: the project has %d revision(s) already; import into a project with an empty versions directory", p.cfg.Path, n)
			}
			revs, err := interop.Import(f, os.DirFS(args[0]), time.Now())
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if len(revs) == 0 {
				return fmt.Errorf("%s: no %s migrations in it", args[0], f)
			}
			if _, err := migrate.NewGraph(revs); err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			var written []string
			for _, r := range revs {
				path, err := writeRevision(p, r, "")
				if err != nil {
					for _, w := range written {
						os.Remove(w)
					}
					return err
				}
				written = append(written, path)
			}
			fmt.Fprintf(p.stdout, "Imported %d %s migration(s) as revisions %s .. %s\n", len(revs), f, revs[0].ID, revs[len(revs)-1].ID)
			fmt.Fprintf(p.stdout, "Next: on a database %s migrated, run retort stamp --from-runner %s; while %s's table %s stays, add exclude_tables: [%s] to %s so retort leaves it alone\n",
				f, f, f, f.VersionTable(), f.VersionTable(), p.cfg.Path)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "golang-migrate, goose, dbmate, flyway or alembic (required)")
	_ = cmd.MarkFlagRequired("format")
	return cmd
}

// stampFromRunner stamps the revisions another runner's version table
// names, as import named them.
func stampFromRunner(cmd *cobra.Command, g *globalOptions, format string, o moveOptions) error {
	ctx := cmd.Context()
	f, err := interop.ParseFormat(format)
	if err != nil {
		return fmt.Errorf("--from-runner: %w", err)
	}
	if o.offline {
		return fmt.Errorf("--from-runner reads the database, so it cannot print a script (--sql); stamp the revision by name with --sql instead")
	}
	p, graph, err := openGraph(cmd, g)
	if err != nil {
		return err
	}
	conn, err := p.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	ids, err := interop.RunnerRevisions(ctx, conn, f)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		ids = []string{"base"}
	}
	for _, id := range ids {
		if _, ok := graph.Get(id); !ok && id != "base" {
			return fmt.Errorf("--from-runner %s: the database is at %s's %s, which is revision %s, but no revision file has that id; run retort import --format %s on the directory it was migrated from", f, f, f.VersionTable(), id, f)
		}
	}
	r := migrate.NewRunner(conn, graph, p.runnerOptions())
	for i, id := range ids {
		if err := r.Stamp(ctx, id, o.purge && i == 0); err != nil {
			return err
		}
	}
	return nil
}
