package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/internal/scaffold"
)

func newInitCommand() *cobra.Command {
	var template string
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Create a new retort project (config, versions directory, starter model)",
		Long: `init writes a commented retort.yaml, a versions directory, a starter model and a
short README into DIR (default: the current directory). It never overwrites a file.
--template multi lays out a project with several databases and schemas, each an
environment with its own versions and version table.`,
		Example: `  retort init myproject
  retort init --template multi`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			files, err := scaffold.Write(dir, template)
			if err != nil {
				return err
			}
			for _, f := range files {
				fmt.Fprintf(cmd.OutOrStdout(), "Created %s\n", filepath.Join(dir, f))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Next: edit the model, then run retort revision --autogenerate -m \"first revision\" in %s\n", dir)
			return nil
		},
	}
	cmd.Flags().StringVar(&template, "template", "single", "project layout: "+strings.Join(scaffold.Templates(), " or "))
	return cmd
}
