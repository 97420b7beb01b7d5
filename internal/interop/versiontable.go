package interop

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// VersionTable is the table in which a runner records what it applied.
func (f Format) VersionTable() string {
	switch f {
	case GolangMigrate, Dbmate:
		return "schema_migrations"
	case Goose:
		return "goose_db_version"
	case Flyway:
		return "flyway_schema_history"
	case Alembic:
		return "alembic_version"
	}
	return ""
}

// RunnerRevisions reads the version table of the runner that migrated the
// database on conn (found on its search_path) and returns the retort
// revision ids the database is at, as Import names them: none when the
// runner applied nothing. A runner that recorded a failure (golang-migrate's
// dirty flag) is an error saying what to do first.
func RunnerRevisions(ctx context.Context, conn *pgx.Conn, f Format) ([]string, error) {
	table := f.VersionTable()
	if table == "" {
		return nil, fmt.Errorf("--from-runner %s: retort reads the version tables of golang-migrate, goose, dbmate, flyway and alembic", f)
	}
	ids, err := runnerRevisions(ctx, conn, f)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P01" {
		return nil, fmt.Errorf("--from-runner %s: the database has no table %s on its search_path; was it migrated by %s?", f, table, f)
	}
	if err != nil {
		return nil, fmt.Errorf("--from-runner %s: read %s: %w", f, table, err)
	}
	return ids, nil
}

func runnerRevisions(ctx context.Context, conn *pgx.Conn, f Format) ([]string, error) {
	one := func(v string) []string { return []string{VersionID(f, v)} }
	switch f {
	case GolangMigrate:
		var version int64
		var dirty bool
		err := conn.QueryRow(ctx, "SELECT version, dirty FROM schema_migrations").Scan(&version, &dirty)
		if errors.Is(err, pgx.ErrNoRows) || (err == nil && version < 0) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		if dirty {
			return nil, fmt.Errorf("golang-migrate marked version %d dirty (it failed part way); repair the database, run migrate force %d, then stamp", version, version)
		}
		return one(fmt.Sprint(version)), nil
	case Goose:
		// goose's own reading: the newest row of each version decides
		// whether it is applied; the newest applied version is current.
		rows, err := conn.Query(ctx, "SELECT version_id, is_applied FROM goose_db_version ORDER BY id DESC")
		if err != nil {
			return nil, err
		}
		type row struct {
			v       int64
			applied bool
		}
		rs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (row, error) {
			var x row
			return x, r.Scan(&x.v, &x.applied)
		})
		if err != nil {
			return nil, err
		}
		decided := map[int64]bool{}
		for _, r := range rs {
			if decided[r.v] {
				continue
			}
			decided[r.v] = true
			if r.applied {
				if r.v == 0 {
					return nil, nil
				}
				return one(fmt.Sprint(r.v)), nil
			}
		}
		return nil, nil
	case Dbmate:
		rows, err := conn.Query(ctx, "SELECT version::text FROM schema_migrations")
		if err != nil {
			return nil, err
		}
		versions, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil || len(versions) == 0 {
			return nil, err
		}
		return one(slices.MaxFunc(versions, compareVersions)), nil
	case Flyway:
		rows, err := conn.Query(ctx, "SELECT coalesce(version, ''), type FROM flyway_schema_history WHERE success ORDER BY installed_rank")
		if err != nil {
			return nil, err
		}
		applied := map[string]bool{}
		err = forEachRow(rows, func(version, typ string) {
			switch {
			case version == "":
			case typ == "UNDO_SQL" || typ == "UNDO_JDBC":
				delete(applied, version)
			default:
				applied[version] = true
			}
		})
		if err != nil || len(applied) == 0 {
			return nil, err
		}
		var versions []string
		for v := range applied {
			versions = append(versions, v)
		}
		return one(slices.MaxFunc(versions, compareVersions)), nil
	case Alembic:
		rows, err := conn.Query(ctx, "SELECT version_num FROM alembic_version ORDER BY 1")
		if err != nil {
			return nil, err
		}
		return pgx.CollectRows(rows, pgx.RowTo[string])
	}
	return nil, nil
}

// forEachRow calls fn with the two text columns of each row.
func forEachRow(rows pgx.Rows, fn func(a, b string)) error {
	defer rows.Close()
	for rows.Next() {
		var a, b string
		if err := rows.Scan(&a, &b); err != nil {
			return err
		}
		fn(a, b)
	}
	return rows.Err()
}
