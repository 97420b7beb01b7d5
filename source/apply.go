package source

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/retortdb/retort/internal/sqlsplit"
	"github.com/retortdb/retort/introspect"
)

// ApplySQL executes the statements of a SQL script one at a time, in
// autocommit mode (not in one transaction, so a large schema does not
// exhaust the server's lock table), with the simple protocol. name is the
// script's name in messages.
//
// A failure is an *SQLError whose message is "name:line: server message
// (SQLSTATE code)", where line is that of the position the server points at,
// or else of the failing statement's first token. A syntax error is found
// before anything runs, and a psql meta-command (\set, \i, ...) is an error.
func ApplySQL(ctx context.Context, conn *pgx.Conn, name, sql string) error {
	stmts, err := splitScript(name, sql, serverMajor(conn) > parserMajor)
	if err != nil {
		return err
	}
	for _, st := range stmts {
		if _, err := conn.PgConn().Exec(ctx, st.text).ReadAll(); err != nil {
			return statementError(ctx, name, sql, st, err)
		}
	}
	return nil
}

// ApplyFile applies the SQL file at path with ApplySQL, naming it by path.
func ApplyFile(ctx context.Context, conn *pgx.Conn, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read SQL source: %w", err)
	}
	return ApplySQL(ctx, conn, path, string(b))
}

// statementError turns a failure of statement st into an *SQLError.
func statementError(ctx context.Context, name, sql string, st statement, err error) error {
	line := lineAt(sql, st.offset+sqlsplit.FirstToken(st.text))
	if ctx.Err() != nil {
		return &SQLError{File: name, Line: line, Message: "interrupted: " + ctx.Err().Error(), Err: ctx.Err()}
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return &SQLError{File: name, Line: line, Message: oneLine(err.Error()), Err: err}
	}
	if pgErr.Position > 0 {
		off := byteOffset(sql, st.offset, int(pgErr.Position))
		if merr := metaCommandError(name, sql, off); merr != nil {
			return merr
		}
		line = lineAt(sql, off)
	}
	return &SQLError{
		File:    name,
		Line:    line,
		Message: oneLine(pgErr.Message),
		Code:    pgErr.Code,
		Detail:  pgErr.Detail,
		Hint:    pgErr.Hint,
		Err:     err,
	}
}

// serverMajor returns the server's major version, 0 if unknown.
func serverMajor(conn *pgx.Conn) int {
	n, _ := introspect.ServerMajor(conn)
	return n
}

// applyInAnyOrder runs the statements of sql like ApplySQL, but a statement
// that fails is retried after the others, pass after pass, until a pass makes
// no progress; then the first failure of the last pass is returned. A model
// written by hand (YAML, Go) carries no catalog dependencies, so the plan
// that builds it may order, say, a function returning a table's row type
// before the table; in a throwaway scratch database, retrying is the
// simplest way to find an order that works. Each statement runs on its own
// in autocommit, so a failed one leaves nothing behind.
func applyInAnyOrder(ctx context.Context, conn *pgx.Conn, name, sql string) error {
	stmts, err := splitScript(name, sql, serverMajor(conn) > parserMajor)
	if err != nil {
		return err
	}
	for {
		var failed []statement
		var first error
		for _, st := range stmts {
			if _, err := conn.PgConn().Exec(ctx, st.text).ReadAll(); err != nil {
				if ctx.Err() != nil {
					return statementError(ctx, name, sql, st, err)
				}
				if first == nil {
					first = statementError(ctx, name, sql, st, err)
				}
				failed = append(failed, st)
			}
		}
		if len(failed) == 0 {
			return nil
		}
		if len(failed) == len(stmts) {
			return first
		}
		stmts = failed
	}
}
