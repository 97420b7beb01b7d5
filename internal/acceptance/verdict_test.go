package acceptance

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
)

// TestCatalogVerdict checks the fingerprint oracle itself: a database
// rebuilt from the target's printed CHECK (which PostgreSQL prints
// otherwise the second time) fingerprints differently yet passes on the
// pg_dump second opinion; one whose CHECK means something else fails, and
// so does any difference when no database holds the target.
func TestCatalogVerdict(t *testing.T) {
	fingerprintSQL := filepath.Join(repoRoot(t), "..", "shared", "tools", "catalog-fingerprint.sql")
	const table = "CREATE TABLE item (kind varchar(20));\n"
	target := newLoadedDB(t, "target", table+"ALTER TABLE item ADD CONSTRAINT item_kind_check CHECK (kind IN ('book', 'tape'));")
	var printed string
	err := pgtest.Connect(t, target).QueryRow(context.Background(),
		"SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'item_kind_check'").Scan(&printed)
	if err != nil {
		t.Fatal(err)
	}
	want := takeSnapshot(t, target, fingerprintSQL).heldBy(target)

	reprinted := newLoadedDB(t, "reprinted", table+"ALTER TABLE item ADD CONSTRAINT item_kind_check "+printed+";")
	got := takeSnapshot(t, reprinted, fingerprintSQL)
	if slices.Equal(want.fingerprint, got.fingerprint) {
		t.Fatalf("the reprinted CHECK fingerprints as the original (%s): this test no longer reaches the second opinion; pick another text PostgreSQL prints otherwise the second time", printed)
	}
	if err := catalogVerdict(t, "reprinted", want, got, fingerprintSQL); err != nil {
		t.Errorf("a CHECK rebuilt from its printed text fails the second opinion: %v", err)
	}

	other := newLoadedDB(t, "other", table+"ALTER TABLE item ADD CONSTRAINT item_kind_check CHECK (kind IN ('book', 'disc'));")
	if err := catalogVerdict(t, "other", want, takeSnapshot(t, other, fingerprintSQL), fingerprintSQL); err == nil {
		t.Error("a CHECK with another list passes")
	}
	want.holder = nil
	if err := catalogVerdict(t, "no holder", want, got, fingerprintSQL); err == nil {
		t.Error("a differing fingerprint passes with no database holding the target")
	}
	// A holder that no longer holds the target (here one holding the
	// migrated database itself) would let anything pass.
	changed := takeSnapshot(t, target, fingerprintSQL).heldBy(reprinted)
	if err := catalogVerdict(t, "changed", changed, got, fingerprintSQL); err == nil || !strings.Contains(err.Error(), "no longer holds") {
		t.Errorf("a holder that no longer holds the target: got %v, want an error saying so", err)
	}
}

// TestFingerprintJudges checks the rule that a case whose from.sql and
// to.sql fingerprint the same must say why (same_fingerprint).
func TestFingerprintJudges(t *testing.T) {
	reason := "privileges: the fingerprint leaves out ACLs"
	empty := ""
	other := "extension: the case checks something else"
	same := snapshot{fingerprint: []string{"schema public"}, acl: []string{"schema public owner=a acl="}}
	changed := snapshot{fingerprint: []string{"schema public", "table public.t"}, acl: same.acl}
	newACL := snapshot{fingerprint: same.fingerprint, acl: []string{"schema public owner=b acl="}}
	plan := &diff.Plan{}
	priv := introspect.Options{Privileges: true}
	for _, tc := range []struct {
		name     string
		c        testCase
		from, to snapshot
		want     string // part of the error, "" for none
	}{
		{"differs", testCase{from: "a", to: "b"}, same, changed, ""},
		{"same text", testCase{from: "a", to: "a"}, same, same, ""},
		{"same fingerprint", testCase{from: "a", to: "b"}, same, same, "add a file same_fingerprint"},
		{"reason", testCase{from: "a", to: "b", sameFingerprint: &other}, same, same, ""},
		{"empty reason", testCase{from: "a", to: "b", sameFingerprint: &empty}, same, same, "same_fingerprint is empty"},
		{"stale reason", testCase{from: "a", to: "b", sameFingerprint: &other}, same, changed, "remove the file"},
		{"privileges", testCase{from: "a", to: "b", sameFingerprint: &reason, opts: priv}, same, newACL, ""},
		{"privileges unchanged", testCase{from: "a", to: "b", sameFingerprint: &reason, opts: priv}, same, same, "ACLs are the same"},
		{"privileges not compared", testCase{from: "a", to: "b", sameFingerprint: &reason}, same, newACL, "no privileges file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := fingerprintJudgeError(tc.c, tc.from, tc.to, plan)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("got %v, want none", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestStatisticsFingerprint checks the harness's fingerprint of statistics
// objects (statisticsFingerprint), which the shared script leaves out: the
// order of a table's columns does not count; the columns, kinds, target
// and comment do.
func TestStatisticsFingerprint(t *testing.T) {
	fingerprintSQL := filepath.Join(repoRoot(t), "..", "shared", "tools", "catalog-fingerprint.sql")
	statistics := func(sql string) []string {
		var out []string
		for _, l := range takeSnapshot(t, newLoadedDB(t, "statistics", sql), fingerprintSQL).fingerprint {
			if strings.HasPrefix(l, "statistics ") {
				out = append(out, l)
			}
		}
		return out
	}
	const base = "CREATE STATISTICS s ON a, b FROM t; ALTER STATISTICS s SET STATISTICS 100; COMMENT ON STATISTICS s IS 'x';"
	want := statistics("CREATE TABLE t (a int, b int, c int); " + base)
	if len(want) != 1 {
		t.Fatalf("statistics lines %q, want one", want)
	}
	if got := statistics("CREATE TABLE t (c int, b int, a int); " + base); !slices.Equal(got, want) {
		t.Errorf("columns in another table order: %q, want %q", got, want)
	}
	for _, other := range []string{
		"CREATE STATISTICS s ON a, c FROM t; ALTER STATISTICS s SET STATISTICS 100; COMMENT ON STATISTICS s IS 'x';",
		"CREATE STATISTICS s (ndistinct) ON a, b FROM t; ALTER STATISTICS s SET STATISTICS 100; COMMENT ON STATISTICS s IS 'x';",
		"CREATE STATISTICS s ON a, b FROM t; ALTER STATISTICS s SET STATISTICS 50; COMMENT ON STATISTICS s IS 'x';",
		"CREATE STATISTICS s ON a, b FROM t; COMMENT ON STATISTICS s IS 'x';",
		"CREATE STATISTICS s ON a, b FROM t; ALTER STATISTICS s SET STATISTICS 100; COMMENT ON STATISTICS s IS 'y';",
		"CREATE STATISTICS s2 ON a, b FROM t; ALTER STATISTICS s2 SET STATISTICS 100; COMMENT ON STATISTICS s2 IS 'x';",
	} {
		if got := statistics("CREATE TABLE t (a int, b int, c int); " + other); slices.Equal(got, want) {
			t.Errorf("%s fingerprints as %s", other, base)
		}
	}
}
