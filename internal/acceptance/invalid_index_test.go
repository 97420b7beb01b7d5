package acceptance

import (
	"context"
	"strings"
	"testing"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/render"
)

// TestInvalidIndexRebuilt leaves an invalid index behind the way a failed
// online plan does (CREATE UNIQUE INDEX CONCURRENTLY over duplicates) and
// checks that introspection marks it, that the plan against the model
// that wants it warns and builds it again (online: a new index beside it,
// then a swap), and that the database then converges.
func TestInvalidIndexRebuilt(t *testing.T) {
	ctx := context.Background()
	want := newLoadedDB(t, "want", "CREATE TABLE t (a integer);\nCREATE UNIQUE INDEX t_a_key ON t (a);\n")
	url := newLoadedDB(t, "have", "CREATE TABLE t (a integer);\nINSERT INTO t VALUES (1), (1), (2);\n")
	conn := pgtest.Connect(t, url)
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a)"); err == nil {
		t.Fatal("the concurrent build over duplicates succeeded")
	}
	if _, err := conn.Exec(ctx, "DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t WHERE a = 1)"); err != nil {
		t.Fatal(err)
	}

	have := introspectURL(t, url)
	if ix := have.Tables[0].Indexes; len(ix) != 1 || !ix[0].Invalid {
		t.Fatalf("indexes read: %+v, want t_a_key marked invalid", ix)
	}
	target := introspectURL(t, want)
	plan := diff.CompareWith(have, target, planOptions(true))
	script := render.Plan(plan)
	for _, s := range []string{
		"-- warning: index public.t_a_key of public.t is invalid",
		"CREATE UNIQUE INDEX CONCURRENTLY t_a_key_retort_new ON public.t (a);\nDROP INDEX CONCURRENTLY public.t_a_key;\nALTER INDEX public.t_a_key_retort_new RENAME TO t_a_key;\n",
	} {
		if !strings.Contains(script, s) {
			t.Errorf("script lacks %q:\n%s", s, script)
		}
	}
	if err := applyScript(t, url, "rebuild", script); err != nil {
		t.Fatalf("apply: %v\n%s", err, script)
	}
	if again := compare(introspectURL(t, url), target); !again.Empty() {
		t.Errorf("not converged:\n%s", render.Plan(again))
	}
}
