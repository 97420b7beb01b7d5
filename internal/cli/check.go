package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/migrate"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

// A checkReport is what retort check found; its JSON form is documented in
// the README and is stable.
type checkReport struct {
	OK bool `json:"ok"`
	// Current and Heads are the database's revisions and the graph's heads.
	Current []string `json:"current"`
	Heads   []string `json:"heads"`
	// Pending are revisions not applied to the database yet.
	Pending []checkRevision `json:"pending"`
	// ModelChanges are changes of the model no revision captures yet.
	ModelChanges []checkChange `json:"model_changes"`
	// Drift are differences between the database and what its applied
	// revisions produce (changes made by hand), as the operations that
	// bring the database back to what its revisions produce.
	Drift []checkChange `json:"drift"`
	// DriftErrors are differences that no SQL could undo as they stand (a
	// dependency cycle, a change retort refuses); they are drift too.
	DriftErrors []string `json:"drift_errors"`
	// Edited are applied revisions whose file changed afterwards.
	Edited []checkEdited `json:"edited"`
	// Skipped names the checks that could not run, and why.
	Skipped []string `json:"skipped"`
	// PlanErrors are model changes no revision could make as they stand
	// (a dependency cycle, a change retort refuses); see ModelChanges.
	PlanErrors []string `json:"plan_errors"`
}

type checkRevision struct {
	Revision string `json:"revision"`
	Message  string `json:"message"`
	Path     string `json:"path"`
}

type checkChange struct {
	Op      string   `json:"op"`
	SQL     []string `json:"sql"`
	Hazards []string `json:"hazards"`
}

type checkEdited struct {
	Revision string `json:"revision"`
	Path     string `json:"path"`
	Recorded string `json:"recorded_checksum"`
	Actual   string `json:"actual_checksum"`
}

func newCheckCommand(g *globalOptions) *cobra.Command {
	var format string
	var privileges bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check that database, revisions and model agree (for CI)",
		Long: `check reports:
  1. revisions not applied to the database yet;
  2. model changes that no revision captures (the revisions replayed in a scratch
     database compared with the model);
  3. drift: the database differs from what its applied revisions produce, with
     the SQL that brings it back and that SQL's hazards;
  4. applied revisions whose file was edited afterwards (checksum).
Exit code 0 when everything agrees, 2 when anything differs, 1 on error. Without a
configured database, checks 1, 3 and 4 are skipped (and listed as skipped).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return fmt.Errorf("--format %s: use text or json", format)
			}
			p, err := openProject(cmd, g)
			if err != nil {
				return err
			}
			p.privileges = privileges
			rep, err := runCheck(cmd.Context(), p)
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(p.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep); err != nil {
					return err
				}
			} else {
				printCheck(p, rep)
			}
			if !rep.OK {
				return exitError{ExitDifferent}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().BoolVar(&privileges, "privileges", false, "compare owners, privileges and default privileges too (as privileges: true in retort.yaml)")
	return cmd
}

func runCheck(ctx context.Context, p *project) (*checkReport, error) {
	graph, err := p.graph()
	if err != nil {
		return nil, err
	}
	rep := &checkReport{Heads: append([]string{}, graph.Heads()...), Current: []string{}, Pending: []checkRevision{},
		ModelChanges: []checkChange{}, Drift: []checkChange{}, DriftErrors: []string{}, Edited: []checkEdited{},
		Skipped: []string{}, PlanErrors: []string{}}
	if err := p.checkModel(); err != nil {
		return nil, err
	}
	l := p.loader()
	defer l.Close()

	atHeads, err := p.replay(ctx, l, graph, []string{"heads"})
	if err != nil {
		return nil, err
	}
	want, err := p.modelSchema(ctx, l)
	if err != nil {
		return nil, err
	}
	modelPlan := diff.CompareWith(atHeads, want, compareOptions(p.cfg.Online))
	rep.ModelChanges = changes(modelPlan)
	rep.PlanErrors = append(rep.PlanErrors, modelPlan.Messages()...)

	if !p.hasDatabase() {
		rep.Skipped = append(rep.Skipped, "pending, drift and edited revisions: no database configured (url, or PGHOST/PGDATABASE)")
	} else if err := checkDatabase(ctx, p, l, graph, rep); err != nil {
		return nil, err
	}
	rep.OK = len(rep.Pending)+len(rep.ModelChanges)+len(rep.PlanErrors)+len(rep.Drift)+len(rep.DriftErrors)+len(rep.Edited) == 0
	return rep, nil
}

// checkDatabase fills in the checks that read the database: pending
// revisions, drift and edited revisions.
func checkDatabase(ctx context.Context, p *project, l *source.Loader, graph *migrate.Graph, rep *checkReport) error {
	conn, err := p.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	r := migrate.NewRunner(conn, graph, p.runnerOptions())
	current, err := r.Current(ctx)
	if err != nil {
		return err
	}
	rep.Current = append(rep.Current, current...)
	pending, err := graph.UpgradePlan(current, "heads")
	if err != nil {
		return err
	}
	for _, s := range pending {
		rep.Pending = append(rep.Pending, checkRevision{Revision: s.Revision.ID, Message: s.Revision.Message, Path: s.Revision.Path})
	}
	problems, err := r.Verify(ctx)
	if err != nil {
		return err
	}
	for _, pr := range problems {
		rep.Edited = append(rep.Edited, checkEdited{Revision: pr.Revision, Path: pr.Path, Recorded: pr.Recorded, Actual: pr.Actual})
	}
	live, err := introspect.Schema(ctx, conn, p.introspectOptions())
	if err != nil {
		return fmt.Errorf("read database: %w", err)
	}
	live = p.withVersionSchema(live)
	expected, err := p.replay(ctx, l, graph, current)
	if err != nil {
		return err
	}
	// The plan goes from the database to what its revisions produce: its
	// SQL undoes the changes made by hand, and its hazards say what that
	// costs (dropping a column made by hand loses its data).
	driftPlan := diff.CompareWith(live, expected, compareOptions(p.cfg.Online))
	rep.Drift = changes(driftPlan)
	rep.DriftErrors = append(rep.DriftErrors, driftPlan.Messages()...)
	return nil
}

// changes lists a plan's steps for a report.
func changes(plan *diff.Plan) []checkChange {
	out := []checkChange{}
	for _, s := range plan.Steps {
		c := checkChange{Op: strings.TrimPrefix(fmt.Sprintf("%T", s.Op), "diff."), SQL: render.Op(s.Op), Hazards: []string{}}
		for _, h := range s.Hazards {
			c.Hazards = append(c.Hazards, h.Kind.String()+": "+h.Message)
		}
		out = append(out, c)
	}
	return out
}

func printCheck(p *project, rep *checkReport) {
	w := p.stdout
	section := func(title string, n int) {
		if n == 0 {
			fmt.Fprintf(w, "ok   %s\n", title)
		} else {
			fmt.Fprintf(w, "FAIL %s: %d\n", title, n)
		}
	}
	section("revisions applied", len(rep.Pending))
	for _, r := range rep.Pending {
		fmt.Fprintf(w, "       not applied: %s, %s (%s)\n", r.Revision, r.Message, r.Path)
	}
	section("model captured by revisions", len(rep.ModelChanges)+len(rep.PlanErrors))
	for _, c := range rep.ModelChanges {
		for _, s := range c.SQL {
			fmt.Fprintf(w, "       %s;\n", s)
		}
	}
	for _, e := range rep.PlanErrors {
		fmt.Fprintf(w, "       cannot be planned: %s\n", e)
	}
	section("no drift", len(rep.Drift)+len(rep.DriftErrors))
	for _, c := range rep.Drift {
		for _, h := range c.Hazards {
			fmt.Fprintf(w, "       hazard %s\n", h)
		}
		for _, s := range c.SQL {
			fmt.Fprintf(w, "       would fix: %s;\n", s)
		}
	}
	for _, e := range rep.DriftErrors {
		fmt.Fprintf(w, "       cannot be undone by SQL: %s\n", e)
	}
	section("revision files unchanged", len(rep.Edited))
	for _, e := range rep.Edited {
		fmt.Fprintf(w, "       edited after it was applied: %s (%s)\n", e.Revision, e.Path)
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(w, "skip %s\n", s)
	}
	if len(rep.ModelChanges) > 0 {
		fmt.Fprintln(w, "Run retort revision --autogenerate -m MESSAGE to capture the model changes.")
	}
	if len(rep.Drift) > 0 {
		fmt.Fprintln(w, "The would-fix SQL brings the database back to what its revisions produce; mind its hazards.")
	}
}
