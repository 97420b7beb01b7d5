package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/migrate"
)

// newUpgradeCommand, newDowngradeCommand and newStampCommand move the
// database (or, with --sql, print the script that would).

func newUpgradeCommand(g *globalOptions) *cobra.Command {
	var o moveOptions
	cmd := &cobra.Command{
		Use:   "upgrade [TARGET]",
		Short: "Apply revisions up to TARGET (default head)",
		Long: `upgrade applies the revisions between the database's current revision and TARGET,
each in its own transaction with its version-table update and history row.

TARGET is head (the default; an error when there are several heads), heads, a
revision id or unique prefix, a branch label, +N (N revisions up from the current
one) or REV+N. With --sql nothing is touched: the SQL, including the version-table
and history statements, is printed for review; the range starts at base unless
given as FROM:TO.

upgrade refuses to run while an applied revision's file was edited after it was
applied (its checksum in the history differs), unless --allow-edited. A revision
that hits lock_timeout (retort.yaml) is tried again lock_retries times. A
revision that runs outside a transaction and stops part way is recorded in the
history; the next upgrade resumes after its completed statements.`,
		Example: `  retort upgrade
  retort upgrade +1
  retort upgrade head --sql > upgrade.sql
  retort upgrade 1975ea83b712:head --sql`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := "head"
			if len(args) == 1 {
				target = args[0]
			}
			return runMove(cmd, g, "upgrade", target, o)
		},
	}
	cmd.Flags().BoolVar(&o.offline, "sql", false, "print the SQL instead of running it (offline mode)")
	cmd.Flags().BoolVar(&o.allowEdited, "allow-edited", false, "run although applied revisions were edited after they were applied (warns instead)")
	return cmd
}

func newDowngradeCommand(g *globalOptions) *cobra.Command {
	var o moveOptions
	cmd := &cobra.Command{
		Use:   "downgrade TARGET",
		Short: "Revert revisions down to TARGET (-N, a revision, or base)",
		Long: `downgrade runs the downgrade sections of the applied revisions that TARGET does not
include, newest first. TARGET is -N (N revisions down from the current one), a
revision id or unique prefix, REV-N, or base (revert everything). With --sql the
script is printed instead, for the range FROM:TO.

Before each revision runs, its hazards are printed on stderr: the "-- hazard"
comments revision --autogenerate wrote in its downgrade section, or, in a section
without them, the statements that drop or delete data (DROP TABLE, DROP COLUMN,
TRUNCATE, ...). Applied revisions edited after they were applied are warned about.`,
		Example: `  retort downgrade -1
  retort downgrade base
  retort downgrade head:base --sql`,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return fmt.Errorf("downgrade needs a target: -1 to revert the last revision, base to revert them all, or a revision id")
			case len(args) > 1:
				return fmt.Errorf("downgrade takes one target, not %d (%s); e.g. retort downgrade -1", len(args), strings.Join(args, " "))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMove(cmd, g, "downgrade", args[0], o)
		},
	}
	cmd.Flags().BoolVar(&o.offline, "sql", false, "print the SQL instead of running it (offline mode)")
	cmd.Flags().BoolVar(&o.allowEdited, "allow-edited", false, "accepted for symmetry with upgrade: downgrade only warns about edited revisions")
	return cmd
}

func newStampCommand(g *globalOptions) *cobra.Command {
	var o moveOptions
	var fromRunner string
	cmd := &cobra.Command{
		Use:   "stamp (REVISION | --from-runner FORMAT)",
		Short: "Set the database's revision without running any SQL",
		Long: `stamp records REVISION (or heads, or base) in the version table without running
any revision: for a database that already has the schema (a baseline), or to repair
the version table. --purge empties the version table first.

--from-runner FORMAT reads the version table of the runner that migrated the
database (golang-migrate and dbmate: schema_migrations, goose: goose_db_version,
flyway: flyway_schema_history, alembic: alembic_version) and stamps the revision
retort import made of the runner's current version.`,
		Example: `  retort stamp head
  retort stamp base --purge
  retort stamp --from-runner goose`,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case fromRunner != "" && len(args) > 0:
				return fmt.Errorf("stamp takes a REVISION or --from-runner, not both")
			case fromRunner == "" && len(args) != 1:
				return fmt.Errorf("stamp needs a revision: head, base, a revision id, or --from-runner FORMAT for a database another runner migrated")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if fromRunner != "" {
				return stampFromRunner(cmd, g, fromRunner, o)
			}
			return runMove(cmd, g, "stamp", args[0], o)
		},
	}
	cmd.Flags().BoolVar(&o.offline, "sql", false, "print the SQL instead of running it (offline mode)")
	cmd.Flags().BoolVar(&o.purge, "purge", false, "empty the version table before stamping")
	cmd.Flags().StringVar(&fromRunner, "from-runner", "", "stamp the revision another runner's version table names: golang-migrate, goose, dbmate, flyway or alembic")
	return cmd
}

// moveOptions are the flags of upgrade, downgrade and stamp.
type moveOptions struct {
	offline     bool // --sql
	purge       bool // stamp --purge
	allowEdited bool // --allow-edited
}

// runMove runs upgrade, downgrade or stamp, online or offline.
func runMove(cmd *cobra.Command, g *globalOptions, verb, target string, o moveOptions) error {
	ctx := cmd.Context()
	p, graph, err := openGraph(cmd, g)
	if err != nil {
		return err
	}
	if f := p.cfg.VersionsFormat; f != "" {
		return fmt.Errorf("%s: versions_format is %s, so %s runs these migrations; retort %s runs retort revisions only (retort export and import move between the two)", p.cfg.Path, f, f, verb)
	}
	if o.offline {
		return printOffline(p, graph, verb, target)
	}
	// A target that names revisions (not -N or +N, which count from the
	// database's revision) is checked before connecting, so a typo is
	// the one line of output and nothing is touched.
	if target != "" && !strings.HasPrefix(target, "-") && !strings.HasPrefix(target, "+") {
		if _, err := graph.Resolve(target); err != nil {
			return err
		}
	}
	conn, err := p.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	// The runner itself refuses (upgrade) or warns about (downgrade)
	// revision files edited after they were applied.
	opts := p.runnerOptions()
	opts.AllowEdited = o.allowEdited
	r := migrate.NewRunner(conn, graph, opts)
	var steps []migrate.Step
	switch verb {
	case "upgrade":
		steps, err = r.Upgrade(ctx, target)
	case "downgrade":
		steps, err = r.Downgrade(ctx, target)
	case "stamp":
		return r.Stamp(ctx, target, o.purge)
	}
	if err != nil {
		return err
	}
	if len(steps) == 0 {
		fmt.Fprintln(p.stdout, nothingToDo(ctx, r, graph, target))
	}
	return nil
}

// nothingToDo says where the database stands when a move had no step to
// run: at the target, or past it (an upgrade to a revision below the
// current one runs nothing).
func nothingToDo(ctx context.Context, r *migrate.Runner, g *migrate.Graph, target string) string {
	current, err := r.Current(ctx)
	ids, rerr := g.Resolve(target)
	if err != nil || rerr != nil || sameSet(current, ids) {
		return fmt.Sprintf("Nothing to do: the database is already at %s.", target)
	}
	if len(ids) > 0 && allOf(ids, current) {
		return fmt.Sprintf("Nothing to do: %s is applied already; the database is at %s.", target, describeRevs(current))
	}
	return fmt.Sprintf("Nothing to do: the database is at %s, past %s; to go back to %s, run retort downgrade %s.", describeRevs(current), target, target, target)
}

// allOf reports whether every id of ids is in list.
func allOf(ids, list []string) bool {
	for _, id := range ids {
		if !contains(list, id) {
			return false
		}
	}
	return true
}

// prefixWriter starts every line written through it with prefix: the
// runner's warnings on stderr read as retort's other diagnostics do.
type prefixWriter struct {
	w      io.Writer
	prefix string
	mid    bool // the last write did not end its line
}

func (pw *prefixWriter) Write(b []byte) (int, error) {
	var out []byte
	for _, c := range b {
		if !pw.mid {
			out = append(out, pw.prefix...)
		}
		out = append(out, c)
		pw.mid = c != '\n'
	}
	if _, err := pw.w.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}

// printOffline prints the script of an upgrade, downgrade or stamp over a
// range FROM:TO (FROM defaults to base for upgrade and stamp; downgrade
// needs it, as it cannot ask the database).
func printOffline(p *project, g *migrate.Graph, verb, target string) error {
	var from []string
	if f, t, ok := strings.Cut(target, ":"); ok {
		ids, err := g.Resolve(f)
		if err != nil {
			return fmt.Errorf("%s --sql: start of range %q: %w", verb, f, err)
		}
		from, target = ids, t
	} else if verb == "downgrade" {
		return fmt.Errorf("downgrade --sql needs a range FROM:TO (e.g. head:base), since it does not read the database")
	}
	var script string
	var err error
	switch verb {
	case "upgrade":
		script, err = g.OfflineUpgrade(from, target, p.runnerOptions())
	case "downgrade":
		script, err = g.OfflineDowngrade(from, target, p.runnerOptions())
	case "stamp":
		script, err = g.OfflineStamp(from, target, p.runnerOptions())
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(p.stdout, script)
	return err
}
