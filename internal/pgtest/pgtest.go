// Package pgtest gives tests a real PostgreSQL: a fresh database per test,
// dropped when the test ends.
//
// The server is RETORT_TEST_DATABASE_URL, else DefaultURL. When neither
// answers, pgtest starts one embedded throwaway cluster (package embedpg)
// per test binary and uses it. When that is impossible too, tests are
// skipped, or fail when the environment variable CI is "true" (SkipMissing,
// the one way a test skips for a missing tool).
//
// A package whose tests use pgtest should stop that cluster at the end:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//
// pgtest may import internal/embedpg and internal/devdb/owner (which import
// no other retort package); no other retort package (so that every package
// can use it in its tests).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/internal/devdb/owner"
	"github.com/retortdb/retort/internal/embedpg"
)

// DefaultURL is the server used when RETORT_TEST_DATABASE_URL is unset.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

var counter atomic.Int64

// server is the test binary's choice of server, made once.
var server struct {
	once    sync.Once
	url     string
	err     error // why there is no server
	cluster *embedpg.Cluster

	mu    sync.Mutex // guards admin
	admin *pgx.Conn  // reused for CREATE/DROP DATABASE
	major int        // the server's PostgreSQL major, read when admin connects

	// tablespace is RETORT_TEST_TABLESPACE when the server is the one
	// named (not an embedded cluster, which has no such tablespace).
	tablespace string
}

// ServerURL returns the URL of the test server's maintenance database.
func ServerURL(t testing.TB) string {
	t.Helper()
	server.once.Do(chooseServer)
	if server.err != nil {
		SkipMissing(t, "a PostgreSQL server", server.err.Error())
	}
	return server.url
}

func chooseServer() {
	candidate := os.Getenv("RETORT_TEST_DATABASE_URL")
	if candidate == "" {
		candidate = DefaultURL
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, candidate)
	if err == nil {
		server.url, server.admin = candidate, conn
		server.major = majorOf(conn)
		server.tablespace = os.Getenv("RETORT_TEST_TABLESPACE")
		dropLeftovers(ctx, conn)
		return
	}
	cluster, clusterErr := embedpg.Start(context.Background())
	if clusterErr != nil {
		server.err = fmt.Errorf("pgtest: no PostgreSQL for tests: %s does not answer (%v) and no embedded cluster could be started (%v); "+
			"start PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, or set RETORT_TEST_DATABASE_URL, "+
			"or install the PostgreSQL server binaries (initdb, postgres) or set RETORT_PG_BINDIR",
			redact(candidate), err, clusterErr)
		return
	}
	server.cluster, server.url = cluster, cluster.URL()
	if conn, err := pgx.Connect(context.Background(), server.url); err == nil {
		server.major = majorOf(conn)
		conn.Close(context.Background())
	}
}

// majorOf returns the PostgreSQL major of conn's server, from the
// server_version it reports at connection start ("17.2 (Debian ...)",
// "18beta1"), 0 if unknown.
func majorOf(conn *pgx.Conn) int {
	v := conn.PgConn().ParameterStatus("server_version")
	end := strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if end < 0 {
		end = len(v)
	}
	n, _ := strconv.Atoi(v[:end])
	return n
}

// Major returns the PostgreSQL major version of the test server.
func Major(t testing.TB) int {
	t.Helper()
	ServerURL(t)
	if server.major == 0 {
		t.Fatal("pgtest: cannot tell the test server's PostgreSQL version")
	}
	return server.major
}

// A Majors is a range of PostgreSQL majors, written "15", "15+" or "13-17".
type Majors struct{ Min, Max int }

// ParseMajors parses a range of majors: "N" (N only), "N+" (N and later)
// or "N-M" (N to M).
func ParseMajors(s string) (Majors, error) {
	s = strings.TrimSpace(s)
	var r Majors
	var err error
	switch lo, hi, ok := strings.Cut(s, "-"); {
	case strings.HasSuffix(s, "+"):
		r.Min, err = strconv.Atoi(strings.TrimSuffix(s, "+"))
		r.Max = 1 << 30
	case ok:
		if r.Min, err = strconv.Atoi(lo); err == nil {
			r.Max, err = strconv.Atoi(hi)
		}
	default:
		r.Min, err = strconv.Atoi(s)
		r.Max = r.Min
	}
	if err != nil || r.Min < 1 || r.Max < r.Min {
		return Majors{}, fmt.Errorf("bad range of PostgreSQL majors %q: write N, N+ or N-M (e.g. 15+)", s)
	}
	return r, nil
}

// Has reports whether major is in the range.
func (r Majors) Has(major int) bool { return major >= r.Min && major <= r.Max }

// RequireMajors skips the test unless the test server's major is in the
// range spec (see ParseMajors); why says what the test needs.
func RequireMajors(t testing.TB, spec, why string) {
	t.Helper()
	r, err := ParseMajors(spec)
	if err != nil {
		t.Fatal(err)
	}
	if m := Major(t); !r.Has(m) {
		t.Skipf("needs PostgreSQL %s (%s); the server is %d", spec, why, m)
	}
}

// Main runs the tests, then stops the embedded cluster if one was started,
// and exits. Call it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	server.mu.Lock()
	if server.admin != nil {
		server.admin.Close(context.Background())
		server.admin = nil
	}
	server.mu.Unlock()
	if server.cluster != nil {
		if err := server.cluster.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest:", err)
		}
	}
	for _, dir := range corpusCopies.dirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// adminExec runs sql on the shared maintenance connection, reconnecting
// if it was lost.
func adminExec(ctx context.Context, sql string) error {
	server.mu.Lock()
	defer server.mu.Unlock()
	if server.admin == nil || server.admin.IsClosed() {
		conn, err := pgx.Connect(ctx, server.url)
		if err != nil {
			return err
		}
		server.admin = conn
	}
	_, err := server.admin.Exec(ctx, sql)
	return err
}

// dbPrefix starts the name of every test database.
const dbPrefix = "retort_test_"

// DatabaseName returns a new name for a test database, unique across
// test binaries running at once: retort_test_<pid>_<machine>_<n>_<label
// and random hex>, where pid and machine (package owner) tell which
// process made it, so that a later test binary on the same machine drops
// it once that process is gone (dropLeftovers). label, cut to 12 bytes,
// says what the database is for; it may be empty.
func DatabaseName(label string) string {
	if len(label) > 12 {
		label = label[:12]
	}
	if label != "" {
		label += "_"
	}
	return fmt.Sprintf("%s%d_%s_%d_%s%s", dbPrefix, os.Getpid(), owner.Machine(), counter.Add(1), label, randomHex(3))
}

// dropLeftovers drops the test databases (DatabaseName) of test processes
// of this machine that have ended: a test killed by a timeout or a signal
// cannot drop its own. A failure only costs the space.
func dropLeftovers(ctx context.Context, conn *pgx.Conn) {
	rows, err := conn.Query(ctx, "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", dbPrefix)
	if err != nil {
		return
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return
	}
	for _, name := range names {
		parts := strings.SplitN(strings.TrimPrefix(name, dbPrefix), "_", 3)
		if len(parts) < 3 {
			continue
		}
		if pid, err := strconv.Atoi(parts[0]); err != nil || !owner.Gone(pid, parts[1]) {
			continue
		}
		conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)") //nolint:errcheck // best effort
	}
}

// NewDatabase creates an empty database for the test and returns its URL.
// The database is dropped when the test ends. Names are unique across
// test binaries running at once (DatabaseName). With
// RETORT_TEST_TABLESPACE set, the database is made in that tablespace,
// which must exist on the server RETORT_TEST_DATABASE_URL names.
func NewDatabase(t testing.TB) string {
	t.Helper()
	options := ""
	if Major(t) >= 15 {
		// Copying template0's files and a checkpoint (fsync is off on a
		// test server) costs a third of logging every page to the WAL, the
		// default since 15; the suite creates about a thousand databases.
		options = " STRATEGY FILE_COPY"
	}
	url := ServerURL(t)
	if ts := server.tablespace; ts != "" {
		// A tablespace in memory (.ci/run makes one under /dev/shm): on
		// ext4, creating a file after thousands were deleted searches
		// past the recently freed inodes, which made CREATE DATABASE the
		// suite's bottleneck. The databases' own tablespace shows nowhere
		// in what retort or the catalog fingerprint reads.
		options += " TABLESPACE " + pgx.Identifier{ts}.Sanitize()
	}
	return newDatabase(t, url, options, adminExec)
}

// NewDatabaseOn is NewDatabase on another server than the test server,
// given by the URL of a database there (a cross-major test's second
// server).
func NewDatabaseOn(t testing.TB, serverURL string) string {
	t.Helper()
	return newDatabase(t, serverURL, "", func(ctx context.Context, sql string) error {
		conn, err := pgx.Connect(ctx, serverURL)
		if err != nil {
			return err
		}
		defer conn.Close(context.WithoutCancel(ctx))
		_, err = conn.Exec(ctx, sql)
		return err
	})
}

// newDatabase creates the database on the server at serverURL with
// adminExec; options end the CREATE DATABASE statement.
func newDatabase(t testing.TB, serverURL, options string, adminExec func(context.Context, string) error) string {
	t.Helper()
	name := DatabaseName("")
	ident := pgx.Identifier{name}.Sanitize()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := adminExec(ctx, "CREATE DATABASE "+ident+" TEMPLATE template0"+options); err != nil {
		t.Fatalf("pgtest: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		if err := adminExec(context.Background(), "DROP DATABASE IF EXISTS "+ident+" WITH (FORCE)"); err != nil {
			t.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(serverURL)
	if err != nil {
		t.Fatalf("pgtest: parse server URL %s: %v", redact(serverURL), err)
	}
	u.Path = "/" + name
	return u.String()
}

// redact masks the password of a URL for messages.
func redact(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.Redacted()
	}
	return "(unparsable URL)"
}

// Connect opens a connection to url, closed when the test ends.
func Connect(t testing.TB, url string) *pgx.Conn {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// Exec runs sql (one or more statements) in the database at url.
func Exec(t testing.TB, url, sql string) {
	t.Helper()
	conn := Connect(t, url)
	if _, err := conn.Exec(context.Background(), sql); err != nil {
		t.Fatalf("pgtest: exec: %v\n%s", err, sql)
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
