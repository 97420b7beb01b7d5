// Package interop speaks other migration runners' formats: golang-migrate,
// goose, dbmate, Flyway, Atlas and Alembic.
//
// Files writes retort revisions as such a runner's directory: each
// revision's upgrade and downgrade keep their SQL; what changes is the
// layout, the file names and the markers each runner reads, including how
// it is told to run a revision outside a transaction. It is pure: it
// returns the files to write, and the caller writes them.
package interop

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/retortdb/retort/internal/config"
	"github.com/retortdb/retort/internal/sqlsplit"
	"github.com/retortdb/retort/migrate"
)

// A Format is a migration runner's directory layout.
type Format string

// The formats Files writes.
const (
	GolangMigrate Format = "golang-migrate"
	Goose         Format = "goose"
	Dbmate        Format = "dbmate"
	Flyway        Format = "flyway"
	Atlas         Format = "atlas"
	Alembic       Format = "alembic"
)

// Formats lists every format, in the order help text names them.
var Formats = []Format{GolangMigrate, Goose, Dbmate, Flyway, Atlas, Alembic}

// ParseFormat returns the format named s, or an error that lists them.
func ParseFormat(s string) (Format, error) {
	if slices.Contains(Formats, Format(s)) {
		return Format(s), nil
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("--format %s: not a format; use one of %s", s, strings.Join(names, ", "))
}

// Linear reports whether the format holds a line of revisions only (every
// format but Alembic, which has merges and branches of its own).
func (f Format) Linear() bool { return f != Alembic }

// A File is one file of an exported directory: its path relative to the
// directory (slash-separated) and its content.
type File struct {
	Name string
	Data []byte
}

// Options tune the exported names.
type Options struct {
	// SlugLength cuts the slug of each file name (see config.Slug); 0 is
	// config.DefaultTruncateSlugLength.
	SlugLength int
	// First is the number of the first migration of a numbered format
	// (golang-migrate, goose, Flyway); 0 means 1. Append sets it.
	First uint64
	// After is a time every timestamp version (dbmate, Atlas) must follow;
	// Append sets it to the directory's last version.
	After time.Time
}

func (o Options) first() uint64 { return max(o.First, 1) }

// Files returns the directory that holds revs in format f. revs are in
// order, bases first (Graph.Revisions order); for a linear format they must
// form one line, each revision the only child of the one before (Line
// checks that).
func Files(f Format, revs []*migrate.Revision, opts Options) ([]File, error) {
	if opts.SlugLength <= 0 {
		opts.SlugLength = config.DefaultTruncateSlugLength
	}
	switch f {
	case GolangMigrate:
		return golangMigrateFiles(revs, opts), nil
	case Goose:
		return gooseFiles(revs, opts), nil
	case Dbmate:
		return dbmateFiles(revs, opts), nil
	case Flyway:
		return flywayFiles(revs, opts), nil
	case Atlas:
		return atlasFiles(revs, opts), nil
	case Alembic:
		return alembicFiles(revs, opts), nil
	}
	_, err := ParseFormat(string(f))
	return nil, err
}

// Line returns the revisions of g from just after from up to and
// including to, as one line (from "" or "base" is the start; to "" or
// "head" the single head). A history that branches or merges within the
// range is an error naming where, and what to do.
func Line(g *migrate.Graph, from, to string) ([]*migrate.Revision, error) {
	toRef := to
	if toRef == "" {
		toRef = "head"
	}
	heads := g.Heads()
	if to == "" || to == "head" {
		if len(heads) != 1 {
			return nil, fmt.Errorf("the history has %d heads (%s); these formats hold one line of revisions: write a merge (retort merge -m \"merge\" heads) or name the end of the range", len(heads), strings.Join(heads, ", "))
		}
		to = heads[0]
	}
	end, err := resolveOne(g, to)
	if err != nil {
		return nil, err
	}
	start := ""
	if from != "" && from != "base" {
		if start, err = resolveOne(g, from); err != nil {
			return nil, err
		}
	}
	var line []*migrate.Revision
	for id := end; id != start; {
		r, _ := g.Get(id)
		if len(r.Parents) > 1 {
			return nil, fmt.Errorf("revision %s merges %s; these formats hold one line of revisions: export the range after it (%s:%s), or use --format alembic, which keeps merges", r.ID, strings.Join(r.Parents, " and "), r.ID, toRef)
		}
		line = append(line, r)
		if len(r.Parents) == 0 {
			if start != "" {
				return nil, fmt.Errorf("revision %s is not an ancestor of %s; give the range as START:END with START below END", start, end)
			}
			break
		}
		id = r.Parents[0]
	}
	slices.Reverse(line)
	// A revision on the line with another child branches: the other branch
	// would be lost.
	for _, r := range line[:max(len(line)-1, 0)] {
		if children := g.Children(r.ID); len(children) > 1 {
			return nil, fmt.Errorf("revision %s branches into %s; these formats hold one line of revisions: merge the branches first (retort merge -m \"merge\" heads)", r.ID, strings.Join(children, " and "))
		}
	}
	return line, nil
}

func resolveOne(g *migrate.Graph, ref string) (string, error) {
	ids, err := g.Resolve(ref)
	if err != nil {
		return "", err
	}
	if len(ids) != 1 {
		return "", fmt.Errorf("%s names %d revisions (%s); name one", ref, len(ids), strings.Join(ids, ", "))
	}
	return ids[0], nil
}

// slug is a revision's file-name slug; "revision" when its message has no
// letters or digits.
func slug(r *migrate.Revision, opts Options) string {
	if s := config.Slug(r.Message, opts.SlugLength); s != "" {
		return s
	}
	return "revision"
}

// statements splits a section's SQL into statements, each ending with its
// semicolon, comments before it kept.
func statements(sql string) []string {
	var out []string
	for _, s := range sqlsplit.Split(sql) {
		if t := strings.TrimSpace(s.Text); t != "" {
			out = append(out, t+";")
		}
	}
	return out
}

// A unit is what one migration of a runner holds: a whole revision, or,
// for runners that send a file as one multi-statement string (which
// PostgreSQL runs as one implicit transaction), one statement of a revision
// that must run outside a transaction.
type unit struct {
	rev           *migrate.Revision
	up, down      string
	noTransaction bool
	part, parts   int // 1-based part of the revision, when split
}

// units returns the migrations revs become. With split, a no-transaction
// revision of more than one statement becomes one unit per statement: unit
// i runs the i-th upgrade statement, and, since downgrades run the units
// newest first, the downgrade statements are dealt from the last unit back.
func units(revs []*migrate.Revision, split bool) []unit {
	var out []unit
	for _, r := range revs {
		ups, downs := statements(r.Upgrade), statements(r.Downgrade)
		if !split || !r.NoTransaction || (len(ups) <= 1 && len(downs) <= 1) {
			out = append(out, unit{rev: r, up: r.Upgrade, down: r.Downgrade, noTransaction: r.NoTransaction, part: 1, parts: 1})
			continue
		}
		n := max(len(ups), len(downs))
		for i := range n {
			u := unit{rev: r, noTransaction: true, part: i + 1, parts: n}
			if i < len(ups) {
				u.up = ups[i]
			}
			if j := n - 1 - i; j < len(downs) {
				u.down = downs[j]
			}
			out = append(out, u)
		}
	}
	return out
}

// name is a unit's slug: the revision's, with the part number when split.
func (u unit) name(opts Options) string {
	s := slug(u.rev, opts)
	if u.parts > 1 {
		s += fmt.Sprintf("_part%d", u.part)
	}
	return s
}

// header is the comment each exported file starts with: where it came from.
func header(u unit) string {
	h := fmt.Sprintf("-- retort revision %s: %s\n", u.rev.ID, oneLine(u.rev.Message))
	if u.parts > 1 {
		h += fmt.Sprintf("-- statement %d of %d: the revision runs outside a transaction, one statement at a time\n", u.part, u.parts)
	}
	return h
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// body is a section's SQL with one newline at the end, or "" when empty.
func body(sql string) string {
	sql = strings.TrimSpace(sql)
	if sql == "" {
		return ""
	}
	return sql + "\n"
}

// timestamps returns a 14-digit version (YYYYMMDDHHMMSS, UTC) per unit from
// its revision's creation time, each later than the one before (and than
// after, when not zero): a unit created in the same second as (or before)
// its predecessor gets the second after it.
func timestamps(us []unit, after time.Time) []string {
	const layout = "20060102150405"
	out := make([]string, len(us))
	last := after
	for i, u := range us {
		t := u.rev.Created.UTC().Truncate(time.Second)
		if (i > 0 || !after.IsZero()) && !t.After(last) {
			t = last.Add(time.Second)
		}
		out[i], last = t.Format(layout), t
	}
	return out
}
