package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/model"
)

// Exit codes of the retort command.
const (
	ExitOK        = 0
	ExitError     = 1
	ExitDifferent = 2 // diff --exit-code: the two schemas differ
	ExitHazards   = 3 // diff --deny-hazards: the plan has hazards not allowed
)

// exitError carries an exit code other than 1 out of a command, without a
// message of its own.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// Run runs retort with the given arguments and streams and returns the
// process exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return RunWithModel(args, stdin, stdout, stderr, nil)
}

// RunWithModel is Run with the model compiled in: when m is not nil, it is
// the desired schema of every project command, in place of the config's
// model (see the retortcli package).
func RunWithModel(args []string, stdin io.Reader, stdout, stderr io.Writer, m *model.Schema) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot(stdin, stdout, stderr, m)
	root.SetArgs(relativeTargetsLast(args))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(stderr, "retort: %s\n", oneLine(err.Error()))
	return ExitError
}

// relativeTargetsLast moves arguments such as -1 (downgrade -1: one
// revision down) behind a "--", so the flag parser takes them as the
// positional arguments they are. No retort flag is a digit.
func relativeTargetsLast(args []string) []string {
	var rest, relative []string
	for i, a := range args {
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' && strings.Trim(a[1:], "0123456789") == "" {
			relative = append(relative, a)
			continue
		}
		rest = append(rest, a)
	}
	if len(relative) == 0 {
		return args
	}
	if !slices.Contains(rest, "--") {
		rest = append(rest, "--")
	}
	return append(rest, relative...)
}

// oneLine folds a message onto one line: errors a user sees are one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer, m *model.Schema) *cobra.Command {
	root := &cobra.Command{
		Use:   "retort",
		Short: "Schema diff, autogenerate and migrations for PostgreSQL",
		Long: `retort compares PostgreSQL schemas (live databases, SQL files, YAML models) and
writes the ordered SQL that turns one into the other, with hazards marked. In a project
(retort.yaml), revision --autogenerate writes revision files from the model, and upgrade,
downgrade and stamp apply them with a version table and an audit history.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	g := &globalOptions{model: m}
	// These change the project's database: they name it on stderr first
	// (project.connect). revision --autogenerate and check only read it,
	// and merge only writes a file.
	changing := []*cobra.Command{newUpgradeCommand(g), newDowngradeCommand(g), newStampCommand(g)}
	for _, c := range changing {
		if c.Annotations == nil {
			c.Annotations = map[string]string{}
		}
		c.Annotations[changesDatabase] = "true"
	}
	project := append(changing, newRevisionCommand(g),
		newCurrentCommand(g), newHistoryCommand(g), newHeadsCommand(g), newBranchesCommand(g),
		newShowCommand(g), newMergeCommand(g), newCheckCommand(g), newExportCommand(g), newImportCommand(g))
	for _, c := range project {
		g.register(c)
	}
	root.AddCommand(project...)
	root.AddCommand(newDiffCommand(), newInspectCommand(), newModelCommand(), newInitCommand(), newVersionCommand())
	return root
}
