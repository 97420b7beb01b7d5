package cli

import (
	"strings"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
)

// TestConversionRefusedUntilUsing checks, through diff, that a type change
// PostgreSQL has no cast for is refused with a one-line error naming the
// column and the annotation to write, and that with the annotation the
// plan converts with the model's expression.
func TestConversionRefusedUntilUsing(t *testing.T) {
	dir := t.TempDir()
	dev := pgtest.ServerURL(t)
	from := writeFile(t, dir, "from.sql", "CREATE TABLE events (id int PRIMARY KEY, created_at bigint NOT NULL);\n")
	to := writeFile(t, dir, "to.sql", "CREATE TABLE events (id int PRIMARY KEY, created_at timestamptz NOT NULL);\n")
	code, out, errs := run(t, "diff", "--from", from, "--to", to, "--dev-url", dev)
	want := "retort: the change cannot be planned: cannot convert column public.events.created_at from bigint to timestamp with time zone: PostgreSQL has no cast between them; give the expression in the model: -- retort:using <expression>"
	if code != ExitError || out != "" || !strings.HasPrefix(errs, want) || strings.Count(errs, "\n") != 1 {
		t.Errorf("without using: exit %d, stdout %q, stderr %q; want exit 1 and one line starting %q", code, out, errs, want)
	}
	annotated := writeFile(t, dir, "annotated.sql", "CREATE TABLE events (\n    id int PRIMARY KEY,\n    -- retort:using to_timestamp(created_at)\n    created_at timestamptz NOT NULL\n);\n")
	code, out, errs = run(t, "diff", "--from", from, "--to", annotated, "--dev-url", dev)
	if code != 0 || !strings.Contains(out, "ALTER TABLE public.events ALTER COLUMN created_at TYPE timestamp with time zone USING to_timestamp(created_at);\n") {
		t.Errorf("with using: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
