// Package retortcli runs retort's commands from a Go program whose model
// is compiled in: the program declares its schema with the model package
// and hands it to Main, and `myapp migrate revision --autogenerate -m ...`
// or `myapp migrate upgrade` work as the retort command does, with the
// compiled-in model in place of the config's model.
//
//	func main() {
//		os.Exit(retortcli.Main(os.Args[1:], schema.Schema()))
//	}
package retortcli

import (
	"os"

	"github.com/retortdb/retort/internal/cli"
	"github.com/retortdb/retort/model"
)

// Main runs the retort command line with args (without the program name)
// on the process's standard streams, with m as the desired schema, and
// returns the exit code (0 success, 1 error, 2 differences found).
func Main(args []string, m *model.Schema) int {
	return cli.RunWithModel(args, os.Stdin, os.Stdout, os.Stderr, m)
}
