package render

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// TestLiteralMatchesServer checks that Literal's output reads back as the
// same string, with standard_conforming_strings either way.
func TestLiteralMatchesServer(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	ctx := context.Background()
	values := []string{"", "a", "it's", `a\b`, `\`, `'\''`, "ünï", "line\nbreak", `E'x'`}
	for _, scs := range []string{"on", "off"} {
		if _, err := conn.Exec(ctx, "SET standard_conforming_strings = "+scs); err != nil {
			t.Fatal(err)
		}
		for _, v := range values {
			var got string
			if err := conn.QueryRow(ctx, "SELECT "+Literal(v)).Scan(&got); err != nil {
				t.Fatalf("scs=%s %s: %v", scs, Literal(v), err)
			}
			if got != v {
				t.Errorf("scs=%s: %s read back as %q, want %q", scs, Literal(v), got, v)
			}
		}
	}
}

// TestFixtureRunsOnServer runs the fixture script, which holds every kind
// of operation, statement by statement on a real database, once per name
// set.
func TestFixtureRunsOnServer(t *testing.T) {
	for _, n := range fixtureNameSets {
		t.Run(n.schema, func(t *testing.T) {
			conn := pgtest.Connect(t, pgtest.NewDatabase(t))
			for _, op := range fixtureOps(n, pgtest.Major(t)) {
				for _, stmt := range Op(op) {
					if _, err := conn.Exec(context.Background(), stmt); err != nil {
						t.Fatalf("%T: %v\n%s", op, err, stmt)
					}
				}
			}
		})
	}
}

// TestPlanRunsInPsql runs a rendered plan the way the CLI hands it to
// users: psql -v ON_ERROR_STOP=1 -f.
func TestPlanRunsInPsql(t *testing.T) {
	psql := pgtest.Program(t, "psql", "the test runs a rendered plan as users do, with psql")
	url := pgtest.NewDatabase(t)
	plan := diff.Plan{Warnings: []string{"a warning\nDROP DATABASE postgres;"}}
	for _, op := range fixtureOps(fixtureNameSets[1], pgtest.Major(t)) {
		plan.Steps = append(plan.Steps, diff.Step{Op: op, Hazards: []diff.Hazard{{Kind: diff.DataLoss, Message: "maybe\nnot"}}})
	}
	file := filepath.Join(t.TempDir(), "plan.sql")
	if err := os.WriteFile(file, []byte(Plan(&plan)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", file).CombinedOutput()
	if err != nil {
		t.Fatalf("psql: %v\n%s", err, out)
	}
}

// TestSequenceOptionsOnServer creates sequences and identity columns from
// models and checks that the server holds exactly the model's options, so
// the defaults render leaves out are PostgreSQL's.
func TestSequenceOptionsOnServer(t *testing.T) {
	const max64 = 9223372036854775807
	seqs := []model.Sequence{
		{Name: "plain", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: max64, Cache: 1},
		{Name: "small", Type: "smallint", Start: 1, Increment: 1, Min: 1, Max: 32767, Cache: 1},
		{Name: "down", Type: "integer", Start: -1, Increment: -1, Min: -2147483648, Max: -1, Cache: 1},
		{Name: "down_bounded", Type: "bigint", Start: -10, Increment: -3, Min: -100, Max: -10, Cache: 4, Cycle: true},
		{Name: "down_start", Type: "smallint", Start: -50, Increment: -1, Min: -32768, Max: -1, Cache: 1},
		{Name: "odd", Type: "integer", Start: 7, Increment: 5, Min: -5, Max: 1000, Cache: 3},
		{Name: "min_start", Type: "bigint", Start: 10, Increment: 1, Min: 10, Max: 20, Cache: 1},
	}
	url := pgtest.NewDatabase(t)
	conn := pgtest.Connect(t, url)
	ctx := context.Background()
	var want []model.Sequence
	for i, s := range seqs {
		s.Schema = "public"
		if _, err := conn.Exec(ctx, createSequence(s)); err != nil {
			t.Fatalf("%v\n%s", err, createSequence(s))
		}
		want = append(want, s)
		// The same options as an identity column's sequence.
		id := s
		id.Name = "t" + string(rune('a'+i)) + "_id_seq"
		tbl := model.Table{Schema: "public", Name: "t" + string(rune('a'+i)), Columns: []model.Column{
			{Name: "id", Type: s.Type, NotNull: true, Identity: model.IdentityAlways, IdentitySequence: &id},
		}}
		if _, err := conn.Exec(ctx, createTable(tbl)); err != nil {
			t.Fatalf("%v\n%s", err, createTable(tbl))
		}
		want = append(want, id)
	}
	rows, err := conn.Query(ctx, `SELECT schemaname, sequencename, data_type::text, start_value, increment_by,
		min_value, max_value, cache_size, cycle FROM pg_sequences ORDER BY sequencename`)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (model.Sequence, error) {
		var s model.Sequence
		err := r.Scan(&s.Schema, &s.Name, &s.Type, &s.Start, &s.Increment, &s.Min, &s.Max, &s.Cache, &s.Cycle)
		return s, err
	})
	if err != nil {
		t.Fatal(err)
	}
	wantByName := map[string]model.Sequence{}
	for _, s := range want {
		wantByName[s.Name] = s
	}
	gotByName := map[string]model.Sequence{}
	for _, s := range got {
		gotByName[s.Name] = s
	}
	if d := cmp.Diff(wantByName, gotByName); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
