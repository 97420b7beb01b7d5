package render

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// TestRecreateEnumKeepsData recreates an enum used by a column with a
// default and by an array column, and checks that the rows keep their
// labels.
func TestRecreateEnumKeepsData(t *testing.T) {
	url := pgtest.NewDatabase(t)
	pgtest.Exec(t, url, `
		CREATE SCHEMA "My App";
		CREATE TYPE "My App"."Mood" AS ENUM ('sad', 'ok', 'happy');
		CREATE TABLE "My App".t (id int, m "My App"."Mood" DEFAULT 'ok', h "My App"."Mood"[]);
		INSERT INTO "My App".t VALUES (1, 'sad', '{happy,ok}'), (2, 'happy', NULL);`)
	tbl := model.QualifiedName{Schema: "My App", Name: "t"}
	to := model.Enum{Schema: "My App", Name: "Mood", Labels: []string{"happy", "sad", "ok"}}
	ops := []diff.Op{
		diff.RecreateEnum{
			From: model.Enum{Schema: "My App", Name: "Mood", Labels: []string{"sad", "ok", "happy"}},
			To:   to,
			Columns: []diff.EnumColumn{
				{Table: tbl, Column: "m", DropDefault: true},
				{Table: tbl, Column: "h", Array: true},
			},
		},
		diff.SetColumnDefault{Table: tbl, Column: "m", Default: `'ok'::"My App"."Mood"`},
	}
	conn := pgtest.Connect(t, url)
	ctx := context.Background()
	for _, op := range ops {
		for _, stmt := range Op(op) {
			if _, err := conn.Exec(ctx, stmt); err != nil {
				t.Fatalf("%v\n%s", err, stmt)
			}
		}
	}
	var got []string
	err := conn.QueryRow(ctx, `SELECT array_agg(format('%s %s %s', id, m, h) ORDER BY id) FROM "My App".t`).Scan(&got)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"1 sad {happy,ok}", "2 happy "}, got); d != "" {
		t.Errorf("rows (-want +got)\n%s", d)
	}
	var labels []string
	err = conn.QueryRow(ctx, `SELECT enum_range(NULL::"My App"."Mood")::text[]`).Scan(&labels)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(to.Labels, labels); d != "" {
		t.Errorf("labels (-want +got)\n%s", d)
	}
	var types int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_type WHERE typname LIKE 'Mood%' AND typtype = 'e'`).Scan(&types); err != nil {
		t.Fatal(err)
	}
	if types != 1 {
		t.Errorf("%d enum types named Mood*, want 1 (the old one should be dropped)", types)
	}
}
