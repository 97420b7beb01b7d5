package diff

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/internal/pgtest"
)

// castTypeList returns castTypes sorted.
func castTypeList() []string {
	var out []string
	for t := range castTypes {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// TestCastTableMatchesServer compares pgCasts and stringCategory with the
// server's pg_cast and pg_type, for the castTypes: the table is built from
// the catalog and must not drift from it.
func TestCastTableMatchesServer(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	ctx := context.Background()
	major := pgtest.Major(t)
	types := castTypeList()

	rows, err := conn.Query(ctx, `
		SELECT format_type(c.castsource, NULL), format_type(c.casttarget, NULL), c.castcontext::text, c.castmethod::text
		FROM pg_cast c
		WHERE c.castsource <> c.casttarget
		  AND format_type(c.castsource, NULL) = ANY ($1) AND format_type(c.casttarget, NULL) = ANY ($1)
		ORDER BY 1, 2`, types)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (string, error) {
		var s, d, ctx, m string
		err := r.Scan(&s, &d, &ctx, &m)
		return fmt.Sprintf("%s -> %s %s%s", s, d, ctx, m), err
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range pgCasts {
		if c.since <= major {
			want = append(want, fmt.Sprintf("%s -> %s %c%c", c.source, c.target, c.context, c.method))
		}
	}
	sort.Strings(want)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("pgCasts differs from pg_cast on PostgreSQL %d (-table +server)\n%s", major, d)
	}

	rows, err = conn.Query(ctx, `SELECT format_type(oid, NULL) FROM pg_type WHERE typcategory = 'S' AND format_type(oid, NULL) = ANY ($1) ORDER BY 1`, types)
	if err != nil {
		t.Fatal(err)
	}
	strs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	var wantStrs []string
	for _, s := range types {
		if isString(s, major) {
			wantStrs = append(wantStrs, s)
		}
	}
	sort.Strings(wantStrs)
	if d := cmp.Diff(wantStrs, strs); d != "" {
		t.Errorf("stringCategory differs from pg_type's string category (-table +server)\n%s", d)
	}
	if len(strs) == 0 || len(got) < 100 {
		t.Fatalf("the server found %d string types and %d casts among %d types; expected the castTypes to exist", len(strs), len(got), len(types))
	}
}

// TestConvertMatchesServer asks the server what convert decides for every
// pair of castTypes, their arrays, and two enums: whether an assignment
// (what ALTER COLUMN TYPE does without USING) and an explicit cast (USING
// col::type) parse. CastAssign needs the assignment; CastExplicit the
// explicit cast and no assignment; CastNone neither. A conversion through
// text must work where convert says CastViaText.
func TestConvertMatchesServer(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	ctx := context.Background()
	major := pgtest.Major(t)
	if _, err := conn.Exec(ctx, `CREATE TYPE public.a AS ENUM ('x', 'y'); CREATE TYPE public.b AS ENUM ('y', 'x')`); err != nil {
		t.Fatal(err)
	}
	works := func(sql string) bool {
		tx, err := conn.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		_, err = tx.Exec(ctx, sql)
		return err == nil
	}
	types := append(castTypeList(), "public.a", "public.b")
	checked := map[CastPath]int{}
	for _, array := range []string{"", "[]"} {
		for _, a := range types {
			for _, b := range types {
				if a == b {
					continue
				}
				f := castType{typeName: typeName{base: a, array: array != ""}, enum: strings.HasPrefix(a, "public.")}
				tt := castType{typeName: typeName{base: b, array: array != ""}, enum: strings.HasPrefix(b, "public.")}
				cv := convert(f, tt, major)
				src, dst := a+array, b+array
				assign := works(fmt.Sprintf("CREATE TEMP TABLE conv (c %s); INSERT INTO conv SELECT NULL::%s", dst, src))
				explicit := works(fmt.Sprintf("SELECT NULL::%s::%s", src, dst))
				want := map[CastPath][2]bool{CastAssign: {true, true}, CastExplicit: {false, true}, CastNone: {false, false}, CastViaText: {false, false}}
				w, ok := want[cv.path]
				if !ok {
					t.Errorf("%s to %s: convert says %d, expected a decision for two known types", src, dst, cv.path)
					continue
				}
				if assign != w[0] || explicit != w[1] {
					t.Errorf("%s to %s: convert says path %d; the server has assignment %v, explicit cast %v", src, dst, cv.path, assign, explicit)
				}
				if cv.path == CastViaText {
					text := "text" + array
					if !works(fmt.Sprintf("SELECT NULL::%s::%s::%s", src, text, dst)) {
						t.Errorf("%s to %s through %s fails on the server", src, dst, text)
					}
				}
				checked[cv.path]++
			}
		}
	}
	for _, p := range []CastPath{CastAssign, CastExplicit, CastViaText, CastNone} {
		if checked[p] == 0 {
			t.Errorf("no pair was decided %d: the test checks less than it claims", p)
		}
	}
	if !slices.Contains(types, "bigint") {
		t.Fatal("castTypes lacks bigint")
	}
}
