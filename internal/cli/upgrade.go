package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/migrate"
)

// newUpgradeCommand, newDowngradeCommand and newStampCommand move the
// database (or, with --sql, print the script that would).

func newUpgradeCommand(g *globalOptions) *cobra.Command {
	var offline bool
	cmd := &cobra.Command{
		Use:   "upgrade [TARGET]",
		Short: "Apply revisions up to TARGET (default head)",
		Long: `upgrade applies the revisions between the database's current revision and TARGET,
each in its own transaction with its version-table update and history row.

TARGET is head (the default; an error when there are several heads), heads, a
revision id or unique prefix, a branch label, +N (N revisions up from the current
one) or REV+N. With --sql nothing is touched: the SQL, including the version-table
and history statements, is printed for review; the range starts at base unless
given as FROM:TO.`,
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
			return runMove(cmd, g, "upgrade", target, offline, false)
		},
	}
	cmd.Flags().BoolVar(&offline, "sql", false, "print the SQL instead of running it (offline mode)")
	return cmd
}

func newDowngradeCommand(g *globalOptions) *cobra.Command {
	var offline bool
	cmd := &cobra.Command{
		Use:   "downgrade TARGET",
		Short: "Revert revisions down to TARGET (-N, a revision, or base)",
		Long: `downgrade runs the downgrade sections of the applied revisions that TARGET does not
include, newest first. TARGET is -N (N revisions down from the current one), a
revision id or unique prefix, REV-N, or base (revert everything). With --sql the
script is printed instead, for the range FROM:TO.`,
		Example: `  retort downgrade -1
  retort downgrade base
  retort downgrade head:base --sql`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMove(cmd, g, "downgrade", args[0], offline, false)
		},
	}
	cmd.Flags().BoolVar(&offline, "sql", false, "print the SQL instead of running it (offline mode)")
	return cmd
}

func newStampCommand(g *globalOptions) *cobra.Command {
	var offline, purge bool
	cmd := &cobra.Command{
		Use:   "stamp REVISION",
		Short: "Set the database's revision without running any SQL",
		Long: `stamp records REVISION (or heads, or base) in the version table without running
any revision: for a database that already has the schema (a baseline), or to repair
the version table. --purge empties the version table first.`,
		Example: `  retort stamp head
  retort stamp base --purge`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMove(cmd, g, "stamp", args[0], offline, purge)
		},
	}
	cmd.Flags().BoolVar(&offline, "sql", false, "print the SQL instead of running it (offline mode)")
	cmd.Flags().BoolVar(&purge, "purge", false, "empty the version table before stamping")
	return cmd
}

// runMove runs upgrade, downgrade or stamp, online or offline.
func runMove(cmd *cobra.Command, g *globalOptions, verb, target string, offline, purge bool) error {
	ctx := cmd.Context()
	p, graph, err := openGraph(cmd, g)
	if err != nil {
		return err
	}
	if offline {
		return printOffline(p, graph, verb, target)
	}
	conn, err := p.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	// The runner itself warns about revision files edited after they
	// were applied.
	r := migrate.NewRunner(conn, graph, p.runnerOptions())
	var steps []migrate.Step
	switch verb {
	case "upgrade":
		steps, err = r.Upgrade(ctx, target)
	case "downgrade":
		steps, err = r.Downgrade(ctx, target)
	case "stamp":
		return r.Stamp(ctx, target, purge)
	}
	if err != nil {
		return err
	}
	if len(steps) == 0 {
		fmt.Fprintf(p.stdout, "Nothing to do: the database is already at %s.\n", target)
	}
	return nil
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
