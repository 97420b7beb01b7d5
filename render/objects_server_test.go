package render

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	pg_query "github.com/pganalyze/pg_query_go/v6"
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// laterTablePlan creates a SQL function whose body reads a table that a
// later step creates, then a plpgsql function and a BEGIN ATOMIC function
// whose bodies hold semicolons.
func laterTablePlan() diff.Plan {
	return diff.Plan{Steps: []diff.Step{
		{Op: diff.CreateSchema{Schema: model.Namespace{Name: "My App"}}},
		{Op: diff.CreateFunction{Function: model.Function{Schema: "My App", Name: "count", Definition: `CREATE OR REPLACE FUNCTION "My App".count()
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT count(*) FROM "My App".later; $function$
`}}},
		{Op: diff.CreateTable{Table: model.Table{Schema: "My App", Name: "later", Columns: []model.Column{{Name: "n", Type: "integer"}}}}},
		{Op: diff.CreateFunction{Function: model.Function{Schema: "My App", Name: "touch", Definition: `CREATE OR REPLACE FUNCTION "My App".touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.n := NEW.n + 1; -- bump; then go on
  RETURN NEW;
END;
$function$
`}}},
		{Op: diff.CreateFunction{Function: model.Function{Schema: "My App", Name: "total", Definition: `CREATE OR REPLACE FUNCTION "My App".total()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT sum(later.n) AS sum
    FROM "My App".later;
END
`}}},
		{Op: diff.CreateTrigger{Table: model.QualifiedName{Schema: "My App", Name: "later"}, Trigger: model.Trigger{
			Name: "bump", Enabled: model.TriggerAlways,
			Definition: `CREATE TRIGGER bump BEFORE INSERT ON "My App".later FOR EACH ROW EXECUTE FUNCTION "My App".touch()`,
		}}},
	}}
}

// TestPlanSplitsIntoRenderedStatements splits rendered plans with the
// parser-based splitter the runner and the source loader use, and requires
// exactly the statements render produced: a function body's semicolons
// must not split it.
func TestPlanSplitsIntoRenderedStatements(t *testing.T) {
	plans := map[string]diff.Plan{"later table": laterTablePlan()}
	for _, n := range fixtureNameSets {
		var p diff.Plan
		for _, op := range fixtureOps(n, pgtest.Major(t)) {
			p.Steps = append(p.Steps, diff.Step{Op: op, Hazards: []diff.Hazard{{Kind: diff.DataLoss, Message: "x; y"}}})
		}
		plans["fixture "+n.schema] = p
	}
	for name, p := range plans {
		t.Run(name, func(t *testing.T) {
			want := []string{uncheckedBodies}
			for _, step := range p.Steps {
				want = append(want, Op(step.Op)...)
			}
			parts, err := pg_query.SplitWithParser(Plan(&p), true)
			if err != nil {
				t.Fatal(err)
			}
			got := make([]string, len(parts))
			for i, part := range parts {
				got[i] = withoutLeadingComments(part)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// withoutLeadingComments drops the "--" lines above a statement.
func withoutLeadingComments(s string) string {
	for strings.HasPrefix(s, "--") {
		_, s, _ = strings.Cut(s, "\n")
	}
	return strings.TrimSpace(s)
}

func TestPlanTurnsOffBodyChecks(t *testing.T) {
	p := laterTablePlan()
	got := Plan(&p)
	if !strings.HasPrefix(got, "SET check_function_bodies = false;\nCREATE SCHEMA \"My App\";\n") {
		t.Errorf("plan does not start with SET check_function_bodies:\n%s", got)
	}
	noFunctions := diff.Plan{Warnings: []string{"w"}, Steps: []diff.Step{{Op: diff.DropFunction{Function: model.Function{Schema: "a", Name: "f"}}}}}
	if d := cmp.Diff("-- warning: w\nDROP FUNCTION a.f();\n", Plan(&noFunctions)); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	replace := diff.Plan{Warnings: []string{"w"}, Steps: []diff.Step{{Op: diff.ReplaceFunction{To: model.Function{Definition: "CREATE FUNCTION a.f() RETURNS int RETURN 1"}}}}}
	if d := cmp.Diff("-- warning: w\nSET check_function_bodies = false;\nCREATE FUNCTION a.f() RETURNS int RETURN 1;\n", Plan(&replace)); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

// TestLaterTablePlanRuns runs the plan whose first function reads a table
// created after it, in psql and statement by statement as the runner does;
// without the SET the function would be rejected.
func TestLaterTablePlanRuns(t *testing.T) {
	p := laterTablePlan()
	script := Plan(&p)

	t.Run("statements", func(t *testing.T) {
		url := pgtest.NewDatabase(t)
		conn := pgtest.Connect(t, url)
		ctx := context.Background()
		parts, err := pg_query.SplitWithParser(script, true)
		if err != nil {
			t.Fatal(err)
		}
		for _, stmt := range parts {
			if _, err := conn.Exec(ctx, stmt); err != nil {
				t.Fatalf("%v\n%s", err, stmt)
			}
		}
		if _, err := conn.Exec(ctx, `INSERT INTO "My App".later VALUES (1)`); err != nil {
			t.Fatal(err)
		}
		var n int64
		if err := conn.QueryRow(ctx, `SELECT "My App".total() + "My App".count()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 3 { // the trigger bumped 1 to 2; one row
			t.Errorf("total + count = %d, want 3", n)
		}
	})

	t.Run("psql", func(t *testing.T) {
		psql := pgtest.Program(t, "psql", "the test runs the script as users do, with psql")
		file := filepath.Join(t.TempDir(), "plan.sql")
		if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		url := pgtest.NewDatabase(t)
		out, err := exec.Command(psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", file).CombinedOutput()
		if err != nil {
			t.Fatalf("psql: %v\n%s", err, out)
		}
	})
}

// TestObjectsOnServer runs the fixture's object operations up to their
// drops and reads back from the catalog what render was asked to build:
// NOT VALID domain checks, firing states, view options, function bodies
// with their semicolons, and comments.
func TestObjectsOnServer(t *testing.T) {
	n := fixtureNameSets[1]
	url := pgtest.NewDatabase(t)
	conn := pgtest.Connect(t, url)
	ctx := context.Background()
	for _, op := range fixtureOps(n, pgtest.Major(t)) {
		if _, ok := op.(diff.DropTrigger); ok {
			break // everything below is being torn down
		}
		for _, stmt := range Op(op) {
			if _, err := conn.Exec(ctx, stmt); err != nil {
				t.Fatalf("%T: %v\n%s", op, err, stmt)
			}
		}
	}
	queries := []struct {
		name, sql string
		want      []string
	}{
		{"domain checks", `SELECT t.typname || ' ' || c.conname || ' ' || c.convalidated FROM pg_constraint c
			JOIN pg_type t ON t.oid = c.contypid WHERE t.typnamespace = '"Sales Data"'::regnamespace ORDER BY 1`,
			[]string{"select_code short true", "select_dom check true", "select_dom check_max false"}},
		{"domains", `SELECT typname || ' ' || format_type(typbasetype, typtypmod) || ' ' || typnotnull || ' ' ||
			coalesce(typdefault, '-') || ' ' || coalesce((SELECT collname FROM pg_collation WHERE oid = typcollation), '-')
			FROM pg_type WHERE typtype = 'd' AND typnamespace = '"Sales Data"'::regnamespace ORDER BY 1`,
			[]string{"select_code text false - C", "select_dom numeric(10,2) true - -"}},
		{"composite", `SELECT attname || ' ' || format_type(atttypid, atttypmod) || ' ' ||
			coalesce((SELECT collname FROM pg_collation WHERE oid = attcollation), '-')
			FROM pg_attribute WHERE attrelid = '"Sales Data"."Mood_pair"'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
			[]string{`user bigint -`, "label character varying(50) C", `amount "Sales Data".select_dom -`}},
		{"functions", `SELECT proname || ' ' || prokind::text || ' ' || (prosrc LIKE '%;%') FROM pg_proc
			WHERE pronamespace = '"Sales Data"'::regnamespace AND proname LIKE 'order%' ORDER BY 1`,
			[]string{"order_add f true", "order_count f false", "order_ignore f true", "order_proc p true", "order_touch f true"}},
		{"replaced function", `SELECT "Sales Data".order_add(3, 4)::text || ' ' || "Sales Data".order_add(3)::text`,
			[]string{"12 3"}},
		{"views", `SELECT relname || ' ' || relkind::text || ' ' || coalesce(array_to_string(reloptions, ','), '-') FROM pg_class
			WHERE relnamespace = '"Sales Data"'::regnamespace AND relkind IN ('v', 'm') ORDER BY 1`,
			[]string{"order_mv m fillfactor=50", "order_summary v security_invoker=true", "order_v v check_option=local,security_barrier=true"}},
		{"triggers", `SELECT tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger
			WHERE NOT tgisinternal ORDER BY 1`,
			[]string{
				`"Sales Data"."order" check_trg R`,
				`"Sales Data"."order" order deferred A`,
				`"Sales Data"."order" plain D`,
				`"Sales Data"."order" statement R`,
				`"Sales Data".order_summary order_instead O`,
			}},
		{"comments", `SELECT c.relname || ' ' || d.description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid
			WHERE d.classoid = 'pg_class'::regclass AND c.relname LIKE 'order_%' ORDER BY 1`,
			[]string{"order_mv ids", "order_v amount", "order_v positive"}},
		{"other comments", `SELECT d.classoid::regclass::text || ' ' || d.description FROM pg_description d
			WHERE d.objoid >= 16384 AND d.classoid NOT IN ('pg_class'::regclass, 'pg_namespace'::regclass, 'pg_extension'::regclass)
			ORDER BY 1`,
			[]string{"pg_constraint non-negative", "pg_proc adds", "pg_proc copies", "pg_trigger ignores", "pg_trigger touches", "pg_type a pair", "pg_type money"}},
	}
	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			rows, err := conn.Query(ctx, q.sql)
			if err != nil {
				t.Fatal(err)
			}
			got, err := pgx.CollectRows(rows, pgx.RowTo[string])
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(q.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
