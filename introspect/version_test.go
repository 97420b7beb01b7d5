package introspect

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestForMajor(t *testing.T) {
	sql := "SELECT a,\n" +
		"       b, -- pg15+\n" +
		"       NULL AS b, -- pg13-14\n" +
		"       c -- pg17\n" +
		"       , d -- a comment, kept\n"
	for major, want := range map[int]string{
		13: "SELECT a,\n       NULL AS b,\n       , d -- a comment, kept\n",
		15: "SELECT a,\n       b,\n       , d -- a comment, kept\n",
		17: "SELECT a,\n       b,\n       c\n       , d -- a comment, kept\n",
	} {
		if d := cmp.Diff(want, forMajor(sql, major)); d != "" {
			t.Errorf("major %d (-want +got)\n%s", major, d)
		}
	}
}

// TestQueriesTagged checks that no version tag is left in any embedded
// query on any major (a tag that does not parse as one would be).
func TestQueriesTagged(t *testing.T) {
	leftover := regexp.MustCompile(`(?m)--\s*pg\s*\d`)
	entries, err := queries.ReadDir("queries")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".sql")
		if !ok {
			continue
		}
		n++
		for m := MinMajor; m <= MaxMajor; m++ {
			if loc := leftover.FindStringIndex(query(name, m)); loc != nil {
				t.Errorf("%s on %d: a version tag is left in the query at byte %d", name, m, loc[0])
			}
		}
	}
	if n < 20 {
		t.Fatalf("read %d queries", n)
	}
}
