package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/source"
)

type diffOptions struct {
	from, to string
	devURL   string
	schemas  []string
	exitCode bool
	// privileges compares owners, privileges and default privileges too.
	privileges bool
	format     string
	plan       planOptions
}

// A diffReport is diff --format json's output; its form is documented in
// the README and is stable.
type diffReport struct {
	Equal      bool          `json:"equal"`
	Operations []checkChange `json:"operations"`
	Warnings   []string      `json:"warnings"`
	// Denied are the hazards --deny-hazards fails on ("kind: message").
	Denied []string `json:"denied_hazards"`
	// OutsideTransaction: the SQL must not run in one transaction (it
	// builds or drops an index CONCURRENTLY, or adds an enum label).
	OutsideTransaction bool `json:"outside_transaction"`
}

func newDiffCommand() *cobra.Command {
	var o diffOptions
	cmd := &cobra.Command{
		Use:   "diff --from SRC --to SRC",
		Short: "Print the SQL that turns one schema into another",
		Long: `diff compares two schemas and prints, on stdout, the SQL that turns --from into
--to, ready for psql -v ON_ERROR_STOP=1 -f. Hazards (data loss, table rewrites,
long locks, irreversible downgrades, extension updates, objects that may be in use)
are SQL comments above their statement and lines on stderr; objects of kinds retort
does not manage yet are listed as warnings, on stderr and as comments.

A source (SRC) is a database URL (postgres://... or postgresql://...), a .sql file,
or a directory of .sql files (applied in lexical order). SQL sources are applied to
a scratch database, introspected, and the scratch database is dropped. The scratch
server is --dev-url, else $RETORT_DEV_URL, else the server of a URL source, else a
throwaway cluster started from the local PostgreSQL binaries.

With --privileges, owners, privileges (GRANT/REVOKE) and default privileges are
compared too. They are off by default because roles usually differ between
environments; the roles the plan names must exist where it runs.

--online plans lock-light operations: indexes built and dropped CONCURRENTLY,
foreign keys and checks added NOT VALID then validated, NOT NULL through a
validated check, primary keys and unique constraints attached USING INDEX; the
script then must not run inside one transaction, and starts with
SET lock_timeout = '5s' unless --lock-timeout says otherwise.

--format json prints the operations (type, SQL, hazards) instead of the script.
--deny-hazards exits 3 when a hazard remains whose kind --allow-hazards does not
name (data-loss, table-rewrite, long-lock, irreversible, extension-version, in-use).`,
		Example: `  retort diff --from postgres://localhost/app --to schema.sql
  retort diff --from old.sql --to new.sql --exit-code
  retort diff --from postgres://localhost/app --to schema.sql --online --deny-hazards`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runDiff(cmd, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.from, "from", "", "the current schema: URL, .sql file or directory (required)")
	f.StringVar(&o.to, "to", "", "the desired schema: URL, .sql file or directory (required)")
	f.StringVar(&o.devURL, "dev-url", "", "server for scratch databases (default $RETORT_DEV_URL)")
	f.StringSliceVar(&o.schemas, "schema", nil, "compare only this schema (repeatable; default all user schemas)")
	f.BoolVar(&o.exitCode, "exit-code", false, "exit 2 when the schemas differ, 0 when they are equal")
	f.BoolVar(&o.privileges, "privileges", false, "compare owners, privileges and default privileges too")
	f.StringVar(&o.format, "format", "sql", "output: sql (the script) or json (operations with their SQL and hazards)")
	o.plan.addFlags(f, false)
	_ = cmd.MarkFlagRequired("from")
	_ = cmd.MarkFlagRequired("to")
	return cmd
}

func runDiff(cmd *cobra.Command, o diffOptions) error {
	ctx := cmd.Context()
	if o.format != "sql" && o.format != "json" {
		return fmt.Errorf("--format %s: use sql or json", o.format)
	}
	if err := o.plan.check(); err != nil {
		return err
	}
	// What can be checked without a server is checked before anything
	// starts: a scratch cluster takes seconds.
	for _, side := range []struct{ flag, spec string }{{"--from", o.from}, {"--to", o.to}} {
		if err := source.CheckSpec(side.spec); err != nil {
			return fmt.Errorf("%s: %w", side.flag, err)
		}
	}
	live := ""
	for _, s := range []string{o.from, o.to} {
		if source.IsURL(s) {
			live = s
			break
		}
	}
	loader := source.NewLoader(source.Options{
		DevURL:     o.devURL,
		LiveURL:    live,
		Introspect: introspect.Options{Schemas: o.schemas, Privileges: o.privileges},
		Stderr:     cmd.ErrOrStderr(),
	})
	defer loader.Close()
	// The two sides are read at the same time: each is one transaction on
	// its own connection (or scratch database).
	var from, to *model.Schema
	var errFrom, errTo error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); from, errFrom = loader.Load(ctx, o.from) }()
	go func() { defer wg.Done(); to, errTo = loader.Load(ctx, o.to) }()
	wg.Wait()
	if errFrom != nil {
		return fmt.Errorf("--from: %w", errFrom)
	}
	if errTo != nil {
		return fmt.Errorf("--to: %w", errTo)
	}
	plan := diff.CompareWith(from, to, o.plan.diffOptions())
	for _, w := range plan.Warnings {
		fmt.Fprintf(cmd.ErrOrStderr(), "retort: warning: %s\n", w)
	}
	if err := planned("the change", plan); err != nil {
		return err
	}
	printHazards(cmd.ErrOrStderr(), plan)
	denied := o.plan.deniedHazards(plan)
	if o.format == "json" {
		rep := diffReport{Equal: plan.Empty(), Operations: changes(plan), Warnings: append([]string{}, plan.Warnings...),
			Denied: append([]string{}, denied...), OutsideTransaction: plan.OutsideTransaction()}
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else if _, err := fmt.Fprint(cmd.OutOrStdout(), o.plan.script(plan)); err != nil {
		return err
	}
	if len(denied) > 0 {
		return hazardsNotAllowed(cmd.ErrOrStderr(), denied, "")
	}
	if o.exitCode && !plan.Empty() {
		return exitError{ExitDifferent}
	}
	return nil
}

// hazardsNotAllowed writes the hazards --deny-hazards refuses as one line
// on w (note, when not empty, right after the count) and returns the exit
// code that says so.
func hazardsNotAllowed(w io.Writer, denied []string, note string) error {
	fmt.Fprintf(w, "retort: %d hazard(s) not allowed (--allow-hazards names the kinds to let through)%s: %s\n",
		len(denied), note, strings.Join(denied, "; "))
	return exitError{ExitHazards}
}

// planned returns an error naming what the plan refuses or cannot order
// (see diff.Plan.Errors), or nil; what names the change in the message.
func planned(what string, plan *diff.Plan) error {
	if err := plan.Err(); err != nil {
		return fmt.Errorf("%s cannot be planned: %w", what, err)
	}
	return nil
}
