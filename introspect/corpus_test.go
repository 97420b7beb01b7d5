package introspect

import (
	"context"
	"fmt"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
)

// loadCorpus loads one corpus schema into a fresh database with the
// corpus's own loader (psql) and returns the database URL.
func loadCorpus(t testing.TB, name string) string {
	t.Helper()
	return pgtest.LoadCorpus(t, name)
}

// catalogTableCount counts, independently of the introspection queries,
// the ordinary and partitioned tables of user schemas (partitions included)
// that are neither inheritance children nor extension members.
func catalogTableCount(t testing.TB, url string) int {
	t.Helper()
	var n int
	err := pgtest.Connect(t, url).QueryRow(context.Background(), `
		SELECT count(*) FROM pg_tables pt
		JOIN pg_class c ON c.oid = format('%I.%I', pt.schemaname, pt.tablename)::regclass
		WHERE pt.schemaname NOT IN ('pg_catalog', 'information_schema')
		  AND (c.relispartition OR c.oid NOT IN (SELECT inhrelid FROM pg_inherits))
		  AND c.oid NOT IN (SELECT objid FROM pg_depend WHERE classid = 'pg_class'::regclass AND deptype = 'e')`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the corpus")
	}
	tests := []struct {
		name      string
		minTables int // a floor from the corpus README, guarding the count query itself
	}{
		{"pagila", 10},
		{"musicbrainz", 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			url := loadCorpus(t, tt.name)
			s := read(t, url, Options{})
			want := catalogTableCount(t, url)
			if len(s.Tables) != want || want < tt.minTables {
				t.Errorf("got %d tables, catalog has %d (floor %d)", len(s.Tables), want, tt.minTables)
			}
			kinds := map[string]int{}
			for _, u := range s.Unmanaged {
				kinds[u.Kind]++
			}
			var columns, constraints, indexes, triggers, viewIndexes, viewTriggers int
			var special []string // index keys with a non-default opclass or collation
			for _, tb := range s.Tables {
				columns += len(tb.Columns)
				constraints += len(tb.Constraints)
				indexes += len(tb.Indexes)
				triggers += len(tb.Triggers)
				for _, ix := range tb.Indexes {
					for _, k := range ix.Keys {
						if k.Opclass != nil || k.Collation != nil {
							special = append(special, fmt.Sprintf("%s(%s%s %v %v)", ix.Name, k.Column, k.Expression, k.Opclass, k.Collation))
						}
					}
				}
			}
			for _, v := range s.Views {
				viewIndexes += len(v.Indexes)
				viewTriggers += len(v.Triggers)
			}
			t.Logf("%s: keys with opclass or collation: %v", tt.name, special)
			t.Logf("%s: %d domains, %d composite types, %d functions, %d views (%d indexes, %d triggers), %d table triggers",
				tt.name, len(s.Domains), len(s.Composites), len(s.Functions), len(s.Views), viewIndexes, viewTriggers, triggers)
			t.Logf("%s: %d schemas, %d extensions, %d enums, %d sequences, %d tables, %d columns, %d constraints, %d indexes, unmanaged %v",
				tt.name, len(s.Namespaces), len(s.Extensions), len(s.Enums), len(s.Sequences), len(s.Tables),
				columns, constraints, indexes, kinds)
		})
	}
}

func BenchmarkSchemaMusicbrainz(b *testing.B) {
	url := loadCorpus(b, "musicbrainz")
	conn := pgtest.Connect(b, url)
	ctx := context.Background()
	for b.Loop() {
		if _, err := Schema(ctx, conn, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
