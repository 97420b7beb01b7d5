package interop

import (
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/retortdb/retort/internal/sqlsplit"
	"github.com/retortdb/retort/migrate"
)

// An ImportError is a file of the imported directory that retort cannot
// turn into a revision, with the line (0 when it is the whole file).
type ImportError struct {
	Path string
	Line int
	Msg  string
}

func (e *ImportError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// A migration is one migration of a linear runner, read from its files.
type migration struct {
	version       string // as the runner records it
	title         string
	up, down      string
	noDown        string // the file the runner would run down, when there is none
	noTransaction bool
	created       time.Time
}

// Import reads the migration directory fsys of a runner in format f and
// returns it as retort revisions, bases first. A linear runner's
// migrations become one line of revisions whose ids are VersionID of their
// versions; Alembic's revisions keep their ids, parents, branch labels and
// depends-on. A directory without migrations is no revisions and no
// error. now is the creation time of a revision whose runner records
// none. A migration without a downgrade gets one that fails, naming it, so
// that retort downgrade stops there rather than skip it.
func Import(f Format, fsys fs.FS, now time.Time) ([]*migrate.Revision, error) {
	var ms []migration
	var err error
	switch f {
	case GolangMigrate:
		ms, err = readGolangMigrate(fsys)
	case Goose:
		ms, err = readGoose(fsys)
	case Dbmate:
		ms, err = readDbmate(fsys)
	case Flyway:
		ms, err = readFlyway(fsys)
	case Alembic:
		return readAlembic(fsys, now)
	case Atlas:
		ms, err = readAtlas(fsys)
	default:
		_, err = ParseFormat(string(f))
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if len(ms) == 0 {
		return nil, nil
	}
	revs := make([]*migrate.Revision, len(ms))
	for i, m := range ms {
		r := &migrate.Revision{ID: VersionID(f, m.version), Message: m.title, Created: m.created,
			Upgrade: strings.TrimSpace(m.up), Downgrade: strings.TrimSpace(m.down), NoTransaction: m.noTransaction}
		if r.Message == "" {
			r.Message = string(f) + " " + m.version
		}
		if r.Created.IsZero() {
			r.Created = now.UTC().Truncate(time.Second)
		}
		if m.noDown != "" {
			r.Downgrade = fmt.Sprintf("DO $$ BEGIN RAISE EXCEPTION 'the %s migration %s has no downgrade: write one in this revision'; END $$;", f, m.version)
		}
		if !r.NoTransaction && needsOutside(r.Upgrade) {
			r.NoTransaction = true
		}
		if i > 0 {
			r.Parents = []string{revs[i-1].ID}
		}
		revs[i] = r
	}
	return revs, nil
}

// VersionID is the retort revision id of a linear runner's version: "v"
// and the version, its dots as underscores (Flyway's 1.2 is v1_2) and, for
// golang-migrate and goose, which record the version as a number, without
// leading zeros.
func VersionID(f Format, version string) string {
	if f == GolangMigrate || f == Goose {
		if n, err := strconv.ParseUint(version, 10, 64); err == nil {
			version = strconv.FormatUint(n, 10)
		}
	}
	return "v" + strings.ReplaceAll(version, ".", "_")
}

// needsOutside reports whether a script holds a statement PostgreSQL runs
// only outside a transaction block, which the runner it came from ran so.
func needsOutside(sql string) bool {
	for _, st := range sqlsplit.Split(sql) {
		toks := sqlsplit.Tokens(st.Text, 4)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = strings.ToUpper(t.Text)
		}
		w := strings.Join(words, " ")
		for _, p := range []string{"CREATE INDEX CONCURRENTLY", "CREATE UNIQUE INDEX CONCURRENTLY", "DROP INDEX CONCURRENTLY",
			"REINDEX", "VACUUM", "CREATE DATABASE", "DROP DATABASE", "ALTER SYSTEM", "CREATE TABLESPACE", "DROP TABLESPACE"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// files lists the regular files at the top of fsys, sorted by name.
func files(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

func readFile(fsys fs.FS, name string) (string, error) {
	b, err := fs.ReadFile(fsys, name)
	return strings.ReplaceAll(string(b), "\r\n", "\n"), err
}

// sortVersions orders migrations by version: numerically, part by part
// (Flyway's 1.10 after 1.9), and checks that no version is used twice.
func sortVersions(ms []migration, f Format) ([]migration, error) {
	slices.SortStableFunc(ms, func(a, b migration) int { return compareVersions(a.version, b.version) })
	for i := 1; i < len(ms); i++ {
		if compareVersions(ms[i-1].version, ms[i].version) == 0 {
			return nil, fmt.Errorf("%s version %s is used by two migrations (%q and %q); give one another version", f, ms[i].version, ms[i-1].title, ms[i].title)
		}
	}
	return ms, nil
}

func compareVersions(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(pa), len(pb)); i++ {
		x, y := "0", "0"
		if i < len(pa) {
			x = strings.TrimLeft(pa[i], "0")
		}
		if i < len(pb) {
			y = strings.TrimLeft(pb[i], "0")
		}
		if c := len(x) - len(y); c != 0 {
			return c
		}
		if c := strings.Compare(x, y); c != 0 {
			return c
		}
	}
	return 0
}

// title turns a file name's description (words joined by _) into a
// revision message.
func title(s string) string { return strings.TrimSpace(strings.ReplaceAll(s, "_", " ")) }

// timestampVersion is the time a 14-digit version (YYYYMMDDHHMMSS) names,
// the zero time for any other version.
func timestampVersion(v string) time.Time {
	if len(v) != 14 {
		return time.Time{}
	}
	t, err := time.Parse("20060102150405", v)
	if err != nil {
		return time.Time{}
	}
	return t
}
