package sqlident

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/pgtest"
)

// TestQuoteMatchesQuoteIdent compares Quote with the server's quote_ident
// for every keyword and a few hundred other names; a keyword only a later
// major has is expected quoted.
func TestQuoteMatchesQuoteIdent(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	ctx := context.Background()

	// The server's reserved keywords (not unreserved) are the embedded
	// list's, less those a later major adds; its unreserved ones, which
	// quote_ident leaves alone, may differ from 15's.
	rows, err := conn.Query(ctx, "SELECT word, catcode::text FROM pg_get_keywords()")
	if err != nil {
		t.Fatal(err)
	}
	type keyword struct{ Word, Code string }
	serverList, err := pgx.CollectRows(rows, pgx.RowToStructByPos[keyword])
	if err != nil {
		t.Fatal(err)
	}
	major := pgtest.Major(t)
	codes := map[KeywordCategory]string{Unreserved: "U", ColumnName: "C", TypeFuncName: "T", Reserved: "R"}
	server := map[string]string{}
	var serverKeywords []string
	for _, k := range serverList {
		server[k.Word] = k.Code
		serverKeywords = append(serverKeywords, k.Word)
	}
	for w, cat := range keywords {
		if k, ok := newerKeywords[w]; ok && k.since > major {
			continue
		}
		if cat != Unreserved && server[w] != codes[cat] {
			t.Errorf("keyword %q: category %s here, %q on the server", w, codes[cat], server[w])
		}
	}
	for w, code := range server {
		if code != "U" && codes[keywords[w]] != code {
			t.Errorf("server keyword %q (category %s) is not in the list as such; add it to newerKeywords", w, code)
		}
	}
	var names []string
	for w := range newerKeywords {
		names = append(names, w)
	}
	for _, k := range serverKeywords {
		names = append(names, k, strings.ToUpper(k), k+"_x", "x_"+k, k+"1", "_"+k)
	}
	names = append(names,
		"", " ", "a", "A", "_", "__", "1", "1a", "a1", "a b", `a"b`, `"`, `""`, "'", "a'b",
		"bıgınt", "ünïcode", "日本", "é", "$", "a$", "a-b", "a.b", "CamelCase", "snake_case",
		"with space ", "\t", "ß", "İ", "mIxEd", "x\\y", "%", "a;b", "UPPER", "lower_9",
	)
	for _, n := range []string{"user", "order", "select", "table", "int", "left", "action"} {
		names = append(names, strings.ToUpper(n[:1])+n[1:], n+" ", " "+n)
	}

	var want []string
	if err := conn.QueryRow(ctx, "SELECT array_agg(quote_ident(n) ORDER BY o) FROM unnest($1::text[]) WITH ORDINALITY AS u(n, o)",
		names).Scan(&want); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if k, ok := newerKeywords[n]; ok && k.since > major {
			want[i] = `"` + n + `"` // reserved by a later major: quoted on every one
		}
	}
	got := make([]string, len(names))
	for i, n := range names {
		got[i] = Quote(n)
	}
	if len(names) < 300 {
		t.Fatalf("only %d names", len(names))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Quote differs from quote_ident (-want +got)\n%s", d)
	}
}
