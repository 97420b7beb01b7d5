package introspect

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// generated returns SQL for n tables, each with an identity key, a foreign
// key to the previous one, a check, an index, a view, a trigger and
// comments, plus one domain, composite type and trigger function.
func generated(n int) string {
	var b strings.Builder
	b.WriteString("CREATE TYPE state AS ENUM ('on', 'off');\n")
	b.WriteString("CREATE DOMAIN posint AS int CHECK (VALUE > 0);\n")
	b.WriteString("CREATE TYPE pair AS (a posint, s state);\n")
	b.WriteString("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';\n")
	for i := range n {
		fmt.Fprintf(&b, "CREATE TABLE t%d (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, prev int, s state, v text CHECK (v <> ''));\n", i)
		if i > 0 {
			fmt.Fprintf(&b, "ALTER TABLE t%d ADD FOREIGN KEY (prev) REFERENCES t%d (id);\n", i, i-1)
		}
		fmt.Fprintf(&b, "CREATE INDEX ON t%d (lower(v)) WHERE prev IS NOT NULL;\n", i)
		fmt.Fprintf(&b, "CREATE SEQUENCE t%d_seq;\n", i)
		fmt.Fprintf(&b, "CREATE VIEW t%d_v AS SELECT * FROM t%d;\n", i, i)
		fmt.Fprintf(&b, "CREATE TRIGGER t%d_touch BEFORE UPDATE ON t%d FOR EACH ROW EXECUTE FUNCTION touch();\n", i, i)
		fmt.Fprintf(&b, "COMMENT ON TABLE t%d IS 'table %d';\n", i, i)
	}
	return b.String()
}

// wantQueries is the number of statements one Schema call runs: BEGIN, SET
// search_path, one query per object kind (namespaces, extensions, enums,
// domains, composite types, range types, collations, text search
// dictionaries and configurations, functions, sequences, tables, columns,
// constraints, views, indexes, triggers, rules, policies, statistics
// objects, unmanaged objects)
// and ROLLBACK. Privileges add one more, only when asked for.
const wantQueries = 24

// wantQueriesParallel is the same with DefaultWorkers connections: one
// more on the main connection (pg_export_snapshot) and, on each other one,
// BEGIN, SET TRANSACTION SNAPSHOT and the settings (search_path, work_mem, jit).
const wantQueriesParallel = wantQueries + 1 + (DefaultWorkers-1)*3

// TestQueryCount checks that the number of queries does not grow with the
// number of tables, on one connection and on several (whose queries the
// counter sees too: they are opened with the caller's configuration), and
// that both read the same.
func TestQueryCount(t *testing.T) {
	for _, tt := range []struct{ workers, want int }{{1, wantQueries}, {DefaultWorkers, wantQueriesParallel}} {
		counts := map[int]int{}
		for _, n := range []int{2, 50} {
			c := &queryCounter{}
			url := load(t, generated(n))
			conn := connectCounting(t, url, c)
			s, err := Schema(context.Background(), conn, Options{Workers: tt.workers})
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Tables) != n {
				t.Fatalf("read %d tables, want %d", len(s.Tables), n)
			}
			counts[n] = c.n
			if tt.workers > 1 {
				s.Major = 0 // as read clears it
				if d := cmp.Diff(read(t, url, Options{Workers: 1}), s); d != "" {
					t.Errorf("%d connections read another schema than one (-one +several)\n%s", tt.workers, d)
				}
			}
		}
		if counts[2] != tt.want {
			t.Errorf("%d connections: 2 tables took %d queries, want %d", tt.workers, counts[2], tt.want)
		}
		if counts[2] != counts[50] {
			t.Errorf("%d connections: 2 tables took %d queries, 50 tables took %d", tt.workers, counts[2], counts[50])
		}
	}
}
