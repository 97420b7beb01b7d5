package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/migrate"
)

// The read-only commands over the revision graph: current, history, heads,
// branches and show.

func newCurrentCommand(g *globalOptions) *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "current",
		Short: "Show the database's current revision(s)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			conn, err := p.connect(ctx)
			if err != nil {
				return err
			}
			defer conn.Close(context.WithoutCancel(ctx))
			current, err := migrate.NewRunner(conn, graph, p.runnerOptions()).Current(ctx)
			if err != nil {
				return err
			}
			if len(current) == 0 {
				fmt.Fprintln(p.stdout, "base (no revision applied)")
			}
			heads := graph.Heads()
			for _, id := range current {
				rev, ok := graph.Get(id)
				if !ok {
					fmt.Fprintf(p.stdout, "%s (not in the versions directory)\n", id)
					continue
				}
				printRevisionID(p.stdout, graph, rev, verbose, heads)
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show every detail of the revision")
	return cmd
}

func newHistoryCommand(g *globalOptions) *cobra.Command {
	var verbose, indicate bool
	var rng string
	cmd := &cobra.Command{
		Use:   "history",
		Short: "List the revisions, newest first",
		Long: `history lists the revisions from the heads down to the bases. -r START:END limits it
to the revisions between START and END (either may be empty, base, head or a
revision); -i marks the database's current revision(s), which needs the database.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			var current []string
			if indicate {
				conn, err := p.connect(ctx)
				if err != nil {
					return err
				}
				defer conn.Close(context.WithoutCancel(ctx))
				if current, err = migrate.NewRunner(conn, graph, p.runnerOptions()).Current(ctx); err != nil {
					return err
				}
			}
			revs, err := historyRange(graph, rng)
			if err != nil {
				return err
			}
			heads := graph.Heads()
			for i := len(revs) - 1; i >= 0; i-- {
				printRevision(p.stdout, graph, revs[i], verbose, heads, current)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVarP(&verbose, "verbose", "v", false, "show every detail of each revision")
	f.StringVarP(&rng, "rev-range", "r", "", "only revisions in START:END")
	f.BoolVarP(&indicate, "indicate-current", "i", false, "mark the database's current revision(s)")
	return cmd
}

// historyRange returns the revisions (in topological order) that descend
// from START and lead to END; empty ends are open.
func historyRange(g *migrate.Graph, rng string) ([]*migrate.Revision, error) {
	all := g.Revisions()
	if rng == "" {
		return all, nil
	}
	start, end, ok := strings.Cut(rng, ":")
	if !ok {
		return nil, fmt.Errorf("-r %s: write the range as START:END (e.g. base:head, 1975ea:)", rng)
	}
	from, err := rangeEnd(g, start, "base", g.Descendants)
	if err != nil {
		return nil, fmt.Errorf("-r %s: %w", rng, err)
	}
	to, err := rangeEnd(g, end, "heads", g.Ancestors)
	if err != nil {
		return nil, fmt.Errorf("-r %s: %w", rng, err)
	}
	keep := func(id string) bool { return (from == nil || from[id]) && (to == nil || to[id]) }
	var out []*migrate.Revision
	for _, r := range all {
		if keep(r.ID) {
			out = append(out, r)
		}
	}
	return out, nil
}

// rangeEnd returns the revisions one end of a range admits: those that
// expand (descendants for the start, ancestors for the end) from the
// revisions ref names; nil (no limit) for an empty or open end.
func rangeEnd(g *migrate.Graph, ref, open string, expand func(string) []string) (map[string]bool, error) {
	if ref == "" || ref == open {
		return nil, nil
	}
	ids, err := g.Resolve(ref)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, id := range ids {
		for _, x := range expand(id) {
			set[x] = true
		}
	}
	return set, nil
}

// printRevisionID prints one revision as its id and marks ("id (head)"), as
// current and heads do, or, verbose, as a block.
func printRevisionID(w io.Writer, g *migrate.Graph, r *migrate.Revision, verbose bool, heads []string) {
	if verbose {
		printRevision(w, g, r, true, heads, nil)
		return
	}
	fmt.Fprintln(w, revisionLabel(g, r, heads, nil))
}

// revisionLabel is a revision's id with its branch labels and marks:
// "id (label) (head) (current)".
func revisionLabel(g *migrate.Graph, r *migrate.Revision, heads, current []string) string {
	var marks []string
	if contains(heads, r.ID) {
		marks = append(marks, "head")
	}
	if len(g.Children(r.ID)) > 1 {
		marks = append(marks, "branchpoint")
	}
	if len(r.Parents) > 1 {
		marks = append(marks, "mergepoint")
	}
	if contains(current, r.ID) {
		marks = append(marks, "current")
	}
	label := r.ID
	if len(r.BranchLabels) > 0 {
		label += " (" + strings.Join(r.BranchLabels, ", ") + ")"
	}
	for _, m := range marks {
		label += " (" + m + ")"
	}
	return label
}

// printRevision prints one revision as a history line ("parents -> id
// (head), message") or, verbose, as a block.
func printRevision(w io.Writer, g *migrate.Graph, r *migrate.Revision, verbose bool, heads, current []string) {
	label := revisionLabel(g, r, heads, current)
	parents := "<base>"
	if len(r.Parents) > 0 {
		parents = strings.Join(r.Parents, ", ")
	}
	if !verbose {
		fmt.Fprintf(w, "%s -> %s, %s\n", parents, label, r.Message)
		return
	}
	fmt.Fprintf(w, "Rev: %s\n", label)
	fmt.Fprintf(w, "Parent: %s\n", parents)
	if len(r.DependsOn) > 0 {
		fmt.Fprintf(w, "Depends on: %s\n", strings.Join(r.DependsOn, ", "))
	}
	if children := g.Children(r.ID); len(children) > 1 {
		fmt.Fprintf(w, "Branches into: %s\n", strings.Join(children, ", "))
	}
	if r.NoTransaction {
		fmt.Fprintln(w, "Transaction: none (runs outside a transaction)")
	}
	fmt.Fprintf(w, "Path: %s\n", r.Path)
	fmt.Fprintf(w, "Created: %s\n\n    %s\n\n", r.Created.Format("2006-01-02 15:04:05 MST"), r.Message)
}

func newHeadsCommand(g *globalOptions) *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "heads",
		Short: "List the head revisions",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			heads := graph.Heads()
			for _, id := range heads {
				rev, _ := graph.Get(id)
				printRevisionID(p.stdout, graph, rev, verbose, heads)
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show every detail of each head")
	return cmd
}

func newBranchesCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "branches",
		Short: "List the branch points (revisions with more than one child)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			heads := graph.Heads()
			for _, id := range graph.Branches() {
				rev, _ := graph.Get(id)
				printRevision(p.stdout, graph, rev, false, heads, nil)
				for _, c := range graph.Children(id) {
					child, _ := graph.Get(c)
					fmt.Fprintf(p.stdout, "    -> %s, %s\n", c, child.Message)
				}
			}
			return nil
		},
	}
}

func newShowCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "show REVISION",
		Short: "Show one revision: its details and its SQL",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			ids, err := graph.Resolve(args[0])
			if err != nil {
				return err
			}
			heads := graph.Heads()
			for _, id := range ids {
				rev, _ := graph.Get(id)
				printRevision(p.stdout, graph, rev, true, heads, nil)
				fmt.Fprintf(p.stdout, "-- upgrade\n%s\n-- downgrade\n%s\n", rev.Upgrade, rev.Downgrade)
			}
			return nil
		},
	}
}
