package interop

import (
	"fmt"
	"io/fs"
	"regexp"
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

var golangMigrateName = regexp.MustCompile(`^([0-9]+)_(.*)\.(up|down)\.[A-Za-z0-9]+$`)

// readGolangMigrate reads NNN_title.up.sql and NNN_title.down.sql pairs.
func readGolangMigrate(fsys fs.FS) ([]migration, error) {
	names, err := files(fsys)
	if err != nil {
		return nil, err
	}
	byVersion := map[string]*migration{}
	downOnly := map[string]string{} // version -> its down file, until its up file is seen
	var order []string
	for _, name := range names {
		m := golangMigrateName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		body, err := readFile(fsys, name)
		if err != nil {
			return nil, err
		}
		v := strings.TrimLeft(m[1], "0")
		if v == "" {
			v = "0"
		}
		mig := byVersion[v]
		if mig == nil {
			mig = &migration{version: v, title: title(m[2]), noDown: name}
			byVersion[v] = mig
			order = append(order, v)
		}
		if m[3] == "up" {
			mig.up = body
			mig.title = title(m[2])
			delete(downOnly, v)
		} else {
			mig.down, mig.noDown = body, ""
			if mig.up == "" {
				downOnly[v] = name
			}
		}
	}
	for _, name := range downOnly {
		return nil, &ImportError{Path: name, Msg: "a down migration without its up migration; add the .up file or remove this one"}
	}
	var out []migration
	for _, v := range order {
		out = append(out, *byVersion[v])
	}
	return sortVersions(out, GolangMigrate)
}

var gooseName = regexp.MustCompile(`^([0-9]+)_(.*)\.(sql|go)$`)

// readGoose reads goose SQL migrations: -- +goose Up / Down sections,
// StatementBegin / End (dropped: retort splits statements itself) and
// NO TRANSACTION. A Go migration or an environment substitution cannot be
// imported.
func readGoose(fsys fs.FS) ([]migration, error) {
	names, err := files(fsys)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, name := range names {
		m := gooseName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		if m[3] == "go" {
			return nil, &ImportError{Path: name, Msg: "a goose Go migration; retort imports SQL migrations only: rewrite it as a .sql migration, or import the others and write this revision by hand"}
		}
		body, err := readFile(fsys, name)
		if err != nil {
			return nil, err
		}
		mig := migration{version: m[1], title: title(m[2]), created: timestampVersion(m[1])}
		var section *string
		var sawDown bool
		for i, line := range strings.SplitAfter(body, "\n") {
			t := strings.TrimSpace(line)
			if !strings.HasPrefix(t, "-- +goose") {
				if section != nil {
					*section += line
				}
				continue
			}
			switch ann := strings.ToLower(strings.Join(strings.Fields(strings.TrimPrefix(t, "-- +goose")), " ")); ann {
			case "up":
				section = &mig.up
			case "down":
				section, sawDown = &mig.down, true
			case "no transaction":
				mig.noTransaction = true
			case "statementbegin", "statementend":
			default:
				return nil, &ImportError{Path: name, Line: i + 1, Msg: fmt.Sprintf("-- +goose %s: retort cannot import this annotation (environment substitution changes the SQL at run time); remove it and write the values in", ann)}
			}
		}
		if section == nil {
			return nil, &ImportError{Path: name, Msg: "no -- +goose Up annotation; not a goose migration"}
		}
		if !sawDown {
			mig.noDown = name
		}
		out = append(out, mig)
	}
	return sortVersions(out, Goose)
}

var dbmateName = regexp.MustCompile(`^([0-9]+)_?(.*)\.sql$`)
var dbmateMarker = regexp.MustCompile(`^--\s*migrate:(up|down)\b(.*)$`)

// readDbmate reads dbmate migrations: -- migrate:up and -- migrate:down
// blocks, transaction:false.
func readDbmate(fsys fs.FS) ([]migration, error) {
	names, err := files(fsys)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, name := range names {
		m := dbmateName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		body, err := readFile(fsys, name)
		if err != nil {
			return nil, err
		}
		mig := migration{version: m[1], title: title(m[2]), created: timestampVersion(m[1])}
		var section *string
		var sawDown bool
		for i, line := range strings.SplitAfter(body, "\n") {
			mm := dbmateMarker.FindStringSubmatch(strings.TrimSpace(line))
			if mm == nil {
				if section != nil {
					*section += line
				}
				continue
			}
			for _, opt := range strings.Fields(mm[2]) {
				switch opt {
				case "transaction:false":
					mig.noTransaction = true
				case "transaction:true":
				default:
					return nil, &ImportError{Path: name, Line: i + 1, Msg: fmt.Sprintf("migrate:%s option %s: retort knows transaction:false only", mm[1], opt)}
				}
			}
			if mm[1] == "up" {
				section = &mig.up
			} else {
				section, sawDown = &mig.down, true
			}
		}
		if section == nil {
			return nil, &ImportError{Path: name, Msg: "no -- migrate:up block; not a dbmate migration"}
		}
		if !sawDown || strings.TrimSpace(mig.down) == "" {
			mig.noDown = name
		}
		out = append(out, mig)
	}
	return sortVersions(out, Dbmate)
}

var flywayName = regexp.MustCompile(`^([VUBR])([0-9._]*)__(.*)\.sql$`)

// readFlyway reads V<version>__desc.sql with its U<version>__desc.sql undo
// script and a .conf file's executeInTransaction=false. Repeatable and
// baseline migrations, and placeholders, cannot be imported.
func readFlyway(fsys fs.FS) ([]migration, error) {
	names, err := files(fsys)
	if err != nil {
		return nil, err
	}
	byVersion := map[string]*migration{}
	var order []string
	undo := map[string]string{}
	for _, name := range names {
		m := flywayName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		version := strings.ReplaceAll(m[2], "_", ".")
		switch m[1] {
		case "R", "B":
			return nil, &ImportError{Path: name, Msg: "a repeatable or baseline Flyway migration; retort imports versioned (V) and undo (U) migrations only"}
		}
		body, err := readFile(fsys, name)
		if err != nil {
			return nil, err
		}
		for i, line := range strings.Split(body, "\n") {
			if strings.Contains(line, "${") {
				return nil, &ImportError{Path: name, Line: i + 1, Msg: "a Flyway placeholder (${...}), which changes the SQL at run time; write the value in"}
			}
		}
		noTx := false
		if conf, err := readFile(fsys, name+".conf"); err == nil {
			noTx = strings.Contains(strings.ReplaceAll(conf, " ", ""), "executeInTransaction=false")
		}
		if m[1] == "U" {
			undo[version] = body
			continue
		}
		byVersion[version] = &migration{version: version, title: title(m[3]), up: body, noTransaction: noTx, noDown: name}
		order = append(order, version)
	}
	var out []migration
	for _, v := range order {
		m := *byVersion[v]
		if d, ok := undo[v]; ok {
			m.down, m.noDown = d, ""
			delete(undo, v)
		}
		out = append(out, m)
	}
	for v := range undo {
		return nil, &ImportError{Path: "U" + v, Msg: "an undo script without its versioned migration"}
	}
	return sortVersions(out, Flyway)
}

var atlasName = regexp.MustCompile(`^([0-9]+)_?(.*)\.sql$`)

// readAtlas reads an Atlas migration directory: upgrades only (Atlas
// plans downgrades itself), with the txmode directive.
func readAtlas(fsys fs.FS) ([]migration, error) {
	names, err := files(fsys)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, name := range names {
		m := atlasName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		body, err := readFile(fsys, name)
		if err != nil {
			return nil, err
		}
		noTx := false
		for _, line := range strings.Split(body, "\n") {
			if t := strings.TrimSpace(line); strings.HasPrefix(t, "-- atlas:txmode") {
				noTx = strings.Fields(t)[len(strings.Fields(t))-1] == "none"
			}
		}
		out = append(out, migration{version: m[1], title: title(m[2]), up: body, noDown: name,
			noTransaction: noTx, created: timestampVersion(m[1])})
	}
	return sortVersions(out, Atlas)
}
