package introspect

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"
)

// A fetcher runs the catalog queries of one Schema call. Queries run on the
// main transaction when they are asked for, except those started early
// with prefetch: worker connections run them meanwhile, each in a
// transaction that imports the main transaction's snapshot
// (pg_export_snapshot), so every query sees the same catalog.
type fetcher struct {
	tx      pgx.Tx
	major   int // the server's PostgreSQL major: picks each query's variant
	pending map[string]*fetched
	jobs    chan func(pgx.Tx)
	workers sync.WaitGroup
	conns   []*pgx.Conn
}

// fetched is the result of a prefetched query; done is closed when it is
// there.
type fetched struct {
	done chan struct{}
	rows any
	err  error
}

// row is a pointer to one of the query row types (columnRow, ...), which
// lists its fields as scan destinations in the order of the query's
// columns. Scanning through it costs no reflection per row, unlike
// pgx.RowToStructByPos, and reuses one set of destinations for every row.
type row[T any] interface {
	*T
	fields() []any
}

// collect runs the named query and reads every row into a T,
// or waits for the rows a worker fetched for it.
func collect[T any, P row[T]](ctx context.Context, f *fetcher, name string, args ...any) ([]T, error) {
	if p, ok := f.pending[name]; ok {
		select {
		case <-p.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if p.err != nil {
			return nil, p.err
		}
		return p.rows.([]T), nil
	}
	return query1[T, P](ctx, f.tx, query(name, f.major), args...)
}

// query1 runs the query text sql on tx. Each row is scanned into r and
// copied out; r is cleared in between, so every row starts from a zero T
// as it did with pgx.RowToStructByPos, whatever a decoder does with a
// destination that already holds a value.
func query1[T any, P row[T]](ctx context.Context, tx pgx.Tx, sql string, args ...any) ([]T, error) {
	rows, err := tx.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	var r, zero T
	var out []T
	_, err = pgx.ForEachRow(rows, P(&r).fields(), func() error {
		out = append(out, r)
		r = zero
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// prefetch hands the named query to the workers; collect with the same
// name returns its rows. Without workers it does nothing, and collect runs
// the query itself.
func prefetch[T any, P row[T]](ctx context.Context, f *fetcher, name string, args ...any) {
	if f.jobs == nil {
		return
	}
	p := &fetched{done: make(chan struct{})}
	f.pending[name] = p
	f.jobs <- func(tx pgx.Tx) {
		p.rows, p.err = query1[T, P](ctx, tx, query(name, f.major), args...)
		close(p.done)
	}
}

// startWorkers opens n connections like conn's, each in a read-only
// transaction on the snapshot of f.tx, and starts a goroutine on each that
// runs prefetched queries. jobs is buffered for every query there is, so
// prefetch never blocks.
func (f *fetcher) startWorkers(ctx context.Context, conn *pgx.Conn, n int) error {
	var snapshot string
	if err := f.tx.QueryRow(ctx, "SELECT pg_export_snapshot()").Scan(&snapshot); err != nil {
		return fmt.Errorf("introspect: export snapshot: %w", err)
	}
	f.jobs = make(chan func(pgx.Tx), 64)
	for range n {
		c, err := pgx.ConnectConfig(ctx, conn.Config())
		if err != nil {
			return fmt.Errorf("introspect: worker connection: %w", err)
		}
		f.conns = append(f.conns, c)
		tx, err := c.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
		if err != nil {
			return fmt.Errorf("introspect: worker begin: %w", err)
		}
		if _, err := tx.Exec(ctx, "SET TRANSACTION SNAPSHOT '"+snapshot+"'"); err != nil {
			return fmt.Errorf("introspect: worker snapshot: %w", err)
		}
		if _, err := tx.Exec(ctx, settings); err != nil {
			return fmt.Errorf("introspect: worker settings: %w", err)
		}
		f.workers.Add(1)
		go func() {
			defer f.workers.Done()
			for job := range f.jobs {
				job(tx)
			}
		}()
	}
	return nil
}

// close stops the workers, once they have run every query handed to them,
// and closes their connections.
func (f *fetcher) close(ctx context.Context) {
	if f.jobs != nil {
		close(f.jobs)
		f.workers.Wait()
	}
	for _, c := range f.conns {
		_ = c.Close(ctx) // the transaction only read
	}
}
