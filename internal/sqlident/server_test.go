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
// for every keyword and a few hundred other names.
func TestQuoteMatchesQuoteIdent(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	ctx := context.Background()

	var names []string
	rows, err := conn.Query(ctx, "SELECT word FROM pg_get_keywords()")
	if err != nil {
		t.Fatal(err)
	}
	serverKeywords, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(serverKeywords) != len(keywords) {
		t.Errorf("server has %d keywords, the embedded list %d", len(serverKeywords), len(keywords))
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
