package devdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Prefix starts the name of every scratch database, so leftovers can be
// found (and dropped) by hand.
const Prefix = "retort_scratch_"

// A DB is a scratch database on some server. The caller must Drop it.
type DB struct {
	name      string
	url       string
	serverURL string
	addr      string
}

// A CreateError is a scratch database that could not be created. It
// matches ErrCreateDB through errors.Is when the role lacks CREATEDB.
type CreateError struct {
	Addr   string
	Role   string
	Reason string // one line
	Err    error
}

func (e *CreateError) Error() string {
	return fmt.Sprintf("create scratch database on %s: %s", e.Addr, e.Reason)
}

// Unwrap returns ErrCreateDB for a permission failure, and the driver's
// error.
func (e *CreateError) Unwrap() []error {
	var pgErr *pgconn.PgError
	if errors.As(e.Err, &pgErr) && pgErr.Code == "42501" {
		return []error{ErrCreateDB, e.Err}
	}
	return []error{e.Err}
}

// Create creates an empty database named retort_scratch_<random> from
// template0 on the server at serverURL (any database of that server may be
// named in it). Connection failures are a *URLError or *ConnectError; a
// failed CREATE DATABASE is a *CreateError.
func Create(ctx context.Context, serverURL string) (*DB, error) {
	cfg, err := ParseConfig(serverURL)
	if err != nil {
		return nil, err
	}
	conn, err := connectConfig(ctx, cfg, HintDevServer)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))

	name := Prefix + randomHex(8)
	db := &DB{name: name, serverURL: serverURL, addr: addr(&cfg.Config)}
	if db.url, err = WithDatabase(serverURL, name); err != nil {
		return nil, err
	}
	sql := "CREATE DATABASE " + pgx.Identifier{name}.Sanitize() + " TEMPLATE template0"
	if _, err := conn.Exec(ctx, sql); err != nil {
		ce := &CreateError{Addr: db.addr, Role: cfg.User, Err: err}
		var pgErr *pgconn.PgError
		switch {
		case errors.As(err, &pgErr) && pgErr.Code == "42501":
			ce.Reason = fmt.Sprintf("role %q cannot create databases; use --dev-url with a role that has CREATEDB", cfg.User)
		case errors.As(err, &pgErr):
			ce.Reason = fmt.Sprintf("%s (SQLSTATE %s)", oneLine(pgErr.Message), pgErr.Code)
		default:
			ce.Reason = oneLine(err.Error())
		}
		return nil, ce
	}
	return db, nil
}

// Name returns the database's name.
func (db *DB) Name() string { return db.name }

// URL returns the connection string of the scratch database.
func (db *DB) URL() string { return db.url }

// Drop drops the database, disconnecting any session still in it. It runs
// on a fresh connection and ignores ctx's cancellation (so it also cleans up
// after Ctrl-C), with no statement or lock timeout: dropping a large
// database may take a while. On failure the error names the database to drop
// by hand.
func (db *DB) Drop(ctx context.Context) error {
	ctx = context.WithoutCancel(ctx)
	if err := db.drop(ctx); err != nil {
		return fmt.Errorf("drop scratch database %s on %s: %w; drop it by hand: DROP DATABASE %s WITH (FORCE)",
			db.name, db.addr, err, pgx.Identifier{db.name}.Sanitize())
	}
	return nil
}

func (db *DB) drop(ctx context.Context) error {
	cfg, err := ParseConfig(db.serverURL)
	if err != nil {
		return err
	}
	cfg.RuntimeParams["statement_timeout"] = "0"
	cfg.RuntimeParams["lock_timeout"] = "0"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return errors.New(oneLine(classifyConnect(&cfg.Config, err, "").Error()))
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{db.name}.Sanitize()+" WITH (FORCE)")
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return fmt.Errorf("%s (SQLSTATE %s)", oneLine(pgErr.Message), pgErr.Code)
	}
	return err
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b)
}
