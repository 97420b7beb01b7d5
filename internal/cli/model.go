package cli

import (
	"github.com/spf13/cobra"

	"github.com/retortdb/retort/model/yamlmodel"
)

func newModelCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "model",
		Short: "Tools for the YAML model",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the YAML model",
		Long: `schema prints the JSON Schema (draft 2020-12) of the YAML model, for editors that
validate and complete YAML, e.g. with the yaml-language-server comment
# yaml-language-server: $schema=./retort-model.schema.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := cmd.OutOrStdout().Write(yamlmodel.JSONSchema)
			return err
		},
	})
	return cmd
}
