package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/migrate"
)

func newMergeCommand(g *globalOptions) *cobra.Command {
	var message, revID string
	var labels []string
	cmd := &cobra.Command{
		Use:   "merge -m MESSAGE (REVISION... | heads)",
		Short: "Create a revision that joins several heads into one",
		Long: `merge writes a revision whose parents are the given revisions (or every head), so
that the history has a single head again. Its SQL sections are empty; fill them in
if the branches need reconciling.`,
		Example: `  retort merge -m "merge billing" heads`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, graph, err := openGraph(cmd, g)
			if err != nil {
				return err
			}
			var parents []string
			for _, a := range args {
				ids, err := graph.Resolve(a)
				if err != nil {
					return fmt.Errorf("merge %s: %w", a, err)
				}
				for _, id := range ids {
					if !contains(parents, id) {
						parents = append(parents, id)
					}
				}
			}
			if len(parents) < 2 {
				return fmt.Errorf("merge needs at least two revisions to join, got %s", describeRevs(parents))
			}
			rev := &migrate.Revision{ID: revID, Parents: parents, Message: message,
				Created: now(), BranchLabels: labels}
			if rev.ID == "" {
				rev.ID = migrate.NewID()
			}
			path, err := writeRevision(p, rev, "")
			if err != nil {
				return err
			}
			fmt.Fprintf(p.stdout, "Generated %s\n", path)
			return nil
		},
	}
	cmd.Flags().StringVarP(&message, "message", "m", "", "the merge revision's message (required)")
	cmd.Flags().StringVar(&revID, "rev-id", "", "revision id to use instead of a random one")
	cmd.Flags().StringSliceVar(&labels, "branch-label", nil, "branch label of the merge revision")
	_ = cmd.MarkFlagRequired("message")
	return cmd
}
