package readme

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/embedpg"
	"github.com/retortdb/retort/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// sections are the README sections TestReadme runs, in this order. Each
// runs on its own, as a reader who opens the README there would: in a new
// directory, which the README shows as /tmp (the tutorial's output says
// /tmp/shop/...), with a clean environment and the givens below.
var sections = []string{
	"Quick start",
	"Tutorial: a project with revisions",
	"Tutorial: adopting retort on an existing database (baseline)",
}

// givens are what a section takes as already there, as exported
// variables: the baseline tutorial starts from a production database,
// here a small schema of several object kinds.
var givens = map[string]func(t *testing.T) []string{
	"Tutorial: adopting retort on an existing database (baseline)": func(t *testing.T) []string {
		prod := pgtest.NewDatabase(t)
		pgtest.Exec(t, prod, productionSchema)
		return []string{"PROD_URL=" + prod}
	},
}

const productionSchema = `
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers ON DELETE CASCADE,
    total numeric(12,2) CHECK (total >= 0),
    status order_status NOT NULL DEFAULT 'new'
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status <> 'shipped';
CREATE FUNCTION order_count(c bigint) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = c $$;
COMMENT ON TABLE orders IS 'one row per order';
`

// README transcripts show a command's stdout: retort prints its results
// there and diagnostics on stderr (hazards, "retort: target ..."). A
// command matching one of showsStderr is compared with its stdout
// followed by its stderr, less the lines matching stderrNoise.
var (
	showsStderr = []*regexp.Regexp{}
	stderrNoise = []*regexp.Regexp{regexp.MustCompile(`^retort: target `)}
)

// TestReadme runs the README's quick start and tutorials (sections) as
// written, with a retort built from this checkout first on the PATH, and
// compares what each command prints with what the README shows.
//
// How a section's code blocks are read (see steps): a sh block is a
// script; an untagged block right after it (on the next line) is that
// script's stdout; an untagged block of "$ command" lines is a
// transcript, each command followed by its stdout; any other block (sql,
// yaml) is a file's content, the file named in backticks in the paragraph
// before it, added at its end when that paragraph says "at the end of",
// else written whole.
//
// Every script and command runs in bash -e -o pipefail, continuing the
// working directory, exported variables and exit status of the one
// before. A failing command fails the test (with the README line), except
// in a transcript where the next command is "echo $?".
//
// Before running, the README's PostgreSQL server (127.0.0.1 or localhost,
// port 5432, user postgres) becomes the test server, and each database
// name the README uses a name of the test's own, dropped at the end (see
// databases); /tmp becomes the section's directory, and revision ids and
// file-name stamps shown earlier become the run's.
//
// Outputs are compared line by line, exactly except for: revision ids
// (12 hex digits, paired one to one with the README's), the stamps and
// times of revision files and headers, dates and durations (see
// variable); the section's directory, shown as /tmp; the test's database
// names, shown as the README's; whitespace at the end of a line and blank
// lines at the end of the output.
func TestReadme(t *testing.T) {
	for _, tool := range []string{"bash", "psql", "createdb"} {
		if _, err := exec.LookPath(tool); err != nil {
			pgtest.SkipMissing(t, tool, fmt.Sprintf("the README's tutorials need it (%v)", err))
		}
	}
	serverURL := pgtest.ServerURL(t)
	root := pgtest.RepoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	bin := buildRetort(t, root)
	for _, title := range sections {
		t.Run(title, func(t *testing.T) {
			runSection(t, string(readme), title, readerEnv(t, bin, serverURL))
		})
	}
}

// runSection runs one README section's steps in a new directory.
func runSection(t *testing.T, readme, title string, env []string) {
	blocks, err := sectionBlocks(readme, title)
	if err != nil {
		t.Fatal(err)
	}
	todo, err := steps(blocks)
	if err != nil {
		t.Fatal(err)
	}
	if len(todo) == 0 {
		t.Fatalf("README.md: section %q has no code blocks to run", title)
	}
	if given := givens[title]; given != nil {
		env = append(env, given(t)...)
	}
	dir := t.TempDir()
	dbs := newDatabases(t)
	sh := &shell{dir: dir, env: env, state: t.TempDir()}
	m := newMatcher(func(s string) string { return dbs.shown(showTmp(s, dir)) })
	for _, s := range todo {
		if s.file != "" {
			writeStep(t, sh.dir, s)
			continue
		}
		script, err := m.command(s.run)
		if err == nil {
			script, err = dbs.rewrite(tmpIn(script, dir))
		}
		if err != nil {
			t.Fatalf("README.md:%d: %s\n%v", s.line, firstLine(s.run), err)
		}
		r, err := sh.run(script)
		if err != nil {
			t.Fatalf("README.md:%d: %s\n%v", s.line, firstLine(s.run), err)
		}
		if r.status != 0 && !s.failing {
			line := s.line
			if r.failedLine > 0 {
				line += r.failedLine - 1
			}
			t.Fatalf("README.md:%d: %s\nexit status %d\nstderr:\n%s\nstdout:\n%s", line, firstLine(s.run), r.status, r.stderr, r.stdout)
		}
		if s.want == nil {
			continue
		}
		got := r.stdout
		if matchesAny(showsStderr, s.run) {
			got += withoutNoise(r.stderr)
		}
		if d := m.compare(s.want, s.wantLine, got); d != "" {
			t.Errorf("README.md:%d: %s: the output differs from the README's\n%s\nthe whole output:\n%s\nstderr:\n%s",
				s.line, firstLine(s.run), d, got, r.stderr)
		}
	}
}

// writeStep writes a file block where the reader is.
func writeStep(t *testing.T, dir string, s step) {
	t.Helper()
	path := filepath.Join(dir, s.file)
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if s.appendTo {
		flags = os.O_WRONLY | os.O_APPEND // the file is there: the README adds to it
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err == nil {
		_, err = f.WriteString(s.content)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		t.Fatalf("README.md:%d: write %s: %v", s.line, s.file, err)
	}
}

func firstLine(s string) string {
	first, rest, _ := strings.Cut(strings.TrimSpace(s), "\n")
	if rest != "" {
		return first + " ..."
	}
	return first
}

func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func withoutNoise(stderr string) string {
	var keep []string
	for _, l := range strings.SplitAfter(stderr, "\n") {
		if !matchesAny(stderrNoise, l) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}

// readmeTmp is /tmp as a path in a README command.
var readmeTmp = regexp.MustCompile(`(^|[^\w./-])/tmp\b`)

// tmpIn puts dir for /tmp in a README command.
func tmpIn(cmd, dir string) string {
	return readmeTmp.ReplaceAllStringFunc(cmd, func(m string) string {
		return strings.TrimSuffix(m, "/tmp") + dir
	})
}

// showTmp shows dir (and the path it resolves to) as /tmp in output.
func showTmp(out, dir string) string {
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		out = strings.ReplaceAll(out, real, "/tmp")
	}
	return strings.ReplaceAll(out, dir, "/tmp")
}

// buildRetort builds cmd/retort from the checkout at root into a new
// directory and returns that directory.
func buildRetort(t *testing.T, root string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := t.TempDir()
	cmd := exec.Command(goTool, "build", "-o", filepath.Join(bin, "retort"), "./cmd/retort")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/retort: %v\n%s", err, out)
	}
	return bin
}

// readerEnv is the environment of a reader's new terminal: this process's,
// with bin first on the PATH and without the variables that would point
// retort, psql or the tutorials somewhere else. psql reads no .psqlrc
// and speaks English, so that its output is the README's.
func readerEnv(t *testing.T, bin, serverURL string) []string {
	drop := map[string]bool{
		"DATABASE_URL": true, "PROD_URL": true, "LOCAL_URL": true, "SOURCE_DATE_EPOCH": true,
		"BASH_ENV": true, "ENV": true, "CDPATH": true, "LANG": true, "LANGUAGE": true,
	}
	var env []string
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		switch {
		case drop[name], strings.HasPrefix(name, "LC_"), strings.HasPrefix(name, "PG"),
			strings.HasPrefix(name, "RETORT_") && name != "RETORT_PG_BINDIR":
			continue
		case name == "PATH":
			kv = "PATH=" + bin + string(os.PathListSeparator) + value
		}
		env = append(env, kv)
	}
	env = append(env, "PSQLRC=/dev/null", "LC_ALL=C")
	if u, err := url.Parse(serverURL); err == nil {
		if pw, ok := u.User.Password(); ok {
			env = append(env, "PGPASSWORD="+pw)
		}
	}
	if _, err := embedpg.BinDir(); err != nil {
		// The quick start counts on retort starting a scratch cluster of
		// its own; without the binaries, it uses the test server.
		t.Logf("no PostgreSQL server binaries here (%v): RETORT_DEV_URL is the test server", err)
		env = append(env, "RETORT_DEV_URL="+serverURL)
	}
	return env
}

// databases maps the README's database names to names of the test's own
// on the test server, and drops them when the test ends. The names are
// pgtest's (DatabaseName), so that pgtest drops those a killed run leaves
// behind.
type databases struct {
	server *url.URL
	names  map[string]string // README name: the test's
}

func newDatabases(t *testing.T) *databases {
	u, err := url.Parse(pgtest.ServerURL(t))
	if err != nil {
		t.Fatal(err)
	}
	d := &databases{server: u, names: map[string]string{}}
	t.Cleanup(func() {
		if len(d.names) == 0 {
			return
		}
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, u.String())
		if err != nil {
			t.Errorf("drop the tutorial's databases: %v", err)
			return
		}
		defer conn.Close(ctx)
		for _, name := range d.names {
			if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
				t.Errorf("drop database %s: %v", name, err)
			}
		}
	})
	return d
}

// name returns the test's name for the README's database readme.
func (d *databases) name(readme string) string {
	if n, ok := d.names[readme]; ok {
		return n
	}
	n := pgtest.DatabaseName(readme)
	d.names[readme] = n
	return n
}

// url returns the URL of the test's database for the README's readme.
func (d *databases) url(readme string) string {
	u := *d.server
	u.Path = "/" + d.name(readme)
	return u.String()
}

// clientArgs are the -h, -p and -U options of psql, createdb and dropdb
// for the test server.
func (d *databases) clientArgs() string {
	host, port, user := d.server.Hostname(), d.server.Port(), d.server.User.Username()
	if q := d.server.Query(); q.Get("host") != "" {
		host = q.Get("host")
		if q.Get("port") != "" {
			port = q.Get("port")
		}
	}
	if port == "" {
		port = "5432"
	}
	if user == "" {
		user = "postgres"
	}
	return fmt.Sprintf("-h %s -p %s -U %s", shellQuote(host), port, shellQuote(user))
}

// dbRules rewrite the README's mentions of its server and databases; a
// mention of the server that none of them rewrites is an error, so that
// no command reaches a database the test did not choose.
var dbRules = []struct {
	re   *regexp.Regexp
	repl func(d *databases, m []string) string
}{
	{regexp.MustCompile(`postgres://postgres@(?:127\.0\.0\.1|localhost):5432/(\w+)`),
		func(d *databases, m []string) string { return d.url(m[1]) }},
	{regexp.MustCompile(`\b(createdb|dropdb) -h (?:127\.0\.0\.1|localhost) -U postgres (\w+)`),
		func(d *databases, m []string) string { return m[1] + " " + d.clientArgs() + " " + d.name(m[2]) }},
}

var serverMention = regexp.MustCompile(`\b(?:127\.0\.0\.1|localhost)\b|:5432\b`)

// rewrite puts the test's server and databases in a README command.
func (d *databases) rewrite(cmd string) (string, error) {
	var repls []string
	for _, r := range dbRules {
		cmd = r.re.ReplaceAllStringFunc(cmd, func(s string) string {
			repls = append(repls, r.repl(d, r.re.FindStringSubmatch(s)))
			return fmt.Sprintf("\x00%d\x00", len(repls)-1)
		})
	}
	if m := serverMention.FindString(cmd); m != "" {
		return "", fmt.Errorf("it names the server (%s) in a way the test cannot point at its own server and databases: write it as postgres://postgres@127.0.0.1:5432/NAME or createdb -h 127.0.0.1 -U postgres NAME, or add a rule to dbRules", m)
	}
	for i, r := range repls {
		cmd = strings.Replace(cmd, fmt.Sprintf("\x00%d\x00", i), r, 1)
	}
	return cmd, nil
}

// shown puts the README's database names for the test's in output.
func (d *databases) shown(out string) string {
	for readme, name := range d.names {
		out = strings.ReplaceAll(out, name, readme)
	}
	return out
}
