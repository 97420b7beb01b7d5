package interop

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/retortdb/retort/migrate"
)

// readAlembic reads an Alembic script directory's versions/*.py (or the
// .py files of fsys itself when it has no versions directory). A revision
// module may hold, in upgrade() and downgrade(), only op.execute calls on
// string literals (plain, or in text() / sa.text()), autocommit blocks,
// pass, comments and docstrings: SQL retort can read without running
// Python. Anything else is an error naming the file and line.
func readAlembic(fsys fs.FS, now time.Time) ([]*migrate.Revision, error) {
	dir := "versions"
	if fi, err := fs.Stat(fsys, dir); err != nil || !fi.IsDir() {
		dir = "."
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var revs []*migrate.Revision
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".py") {
			continue
		}
		p := path.Join(dir, e.Name())
		src, err := readFile(fsys, p)
		if err != nil {
			return nil, err
		}
		r, err := parseAlembicRevision(p, src, now)
		if err != nil {
			return nil, err
		}
		revs = append(revs, r)
	}
	if len(revs) == 0 {
		return nil, nil
	}
	g, err := migrate.NewGraph(revs)
	if err != nil {
		return nil, err
	}
	return g.Revisions(), nil
}

var (
	alembicAssign = regexp.MustCompile(`^(revision|down_revision|branch_labels|depends_on)\s*(?::[^=]*)?=\s*(.*)$`)
	alembicDef    = regexp.MustCompile(`^def (upgrade|downgrade)\s*\(\s*\)\s*(->\s*None\s*)?:\s*(#.*)?$`)
	createDate    = regexp.MustCompile(`(?m)^Create Date:\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})`)
	revisionID    = regexp.MustCompile(`^[A-Za-z0-9_]+$`)
)

// parseAlembicRevision reads one revision module.
func parseAlembicRevision(p, src string, now time.Time) (*migrate.Revision, error) {
	r := &migrate.Revision{Created: now.UTC().Truncate(time.Second)}
	bad := func(off int, format string, args ...any) error {
		return &ImportError{Path: p, Line: 1 + strings.Count(src[:off], "\n"), Msg: fmt.Sprintf(format, args...)}
	}
	sc := &pyScanner{src: src}
	// The module docstring: its first line is the message.
	sc.skipSpace()
	if doc, ok, err := sc.stringLiteral(); err != nil {
		return nil, bad(sc.pos, "%v", err)
	} else if ok {
		first, _, _ := strings.Cut(strings.TrimSpace(doc), "\n")
		r.Message = strings.TrimSpace(first)
		if m := createDate.FindStringSubmatch(doc); m != nil {
			if t, err := time.Parse("2006-01-02 15:04:05", m[1]); err == nil {
				r.Created = t
			}
		}
	}
	seen := map[string]bool{}
	for sc.pos < len(src) {
		start := sc.pos
		line := sc.line()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
		case strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "from "):
		case alembicAssign.MatchString(line):
			m := alembicAssign.FindStringSubmatch(line)
			sc.pos = start + strings.Index(line, m[2])
			ids, err := sc.idList()
			if err != nil {
				return nil, bad(sc.pos, "%s: %v", m[1], err)
			}
			sc.line() // the rest of the line
			seen[m[1]] = true
			switch m[1] {
			case "revision":
				if len(ids) != 1 || !revisionID.MatchString(ids[0]) {
					return nil, bad(start, "revision must be one id of letters, digits and _")
				}
				r.ID = ids[0]
			case "down_revision":
				r.Parents = ids
			case "branch_labels":
				r.BranchLabels = ids
			case "depends_on":
				r.DependsOn = ids
			}
		case alembicDef.MatchString(line):
			m := alembicDef.FindStringSubmatch(line)
			sqls, noTx, err := sc.functionBody()
			if err != nil {
				return nil, bad(sc.pos, "%v", err)
			}
			if noTx {
				r.NoTransaction = true
			}
			body := strings.Join(sqls, "\n")
			if m[1] == "upgrade" {
				r.Upgrade = body
			} else {
				r.Downgrade = body
			}
		default:
			return nil, bad(start, "%s: retort reads revision modules whose upgrade() and downgrade() hold op.execute(SQL) only; write this revision's SQL by hand", strings.TrimSpace(line))
		}
	}
	if !seen["revision"] || !seen["down_revision"] {
		return nil, &ImportError{Path: p, Msg: "no revision = ... and down_revision = ...; not an Alembic revision"}
	}
	if r.Message == "" {
		r.Message = r.ID
	}
	return r, nil
}

// A pyScanner reads the little of Python a revision module holds.
type pyScanner struct {
	src string
	pos int
}

// line returns the rest of the current line and moves past it.
func (s *pyScanner) line() string {
	end := strings.IndexByte(s.src[s.pos:], '\n')
	if end < 0 {
		l := s.src[s.pos:]
		s.pos = len(s.src)
		return l
	}
	l := s.src[s.pos : s.pos+end]
	s.pos += end + 1
	return l
}

// skipSpace skips white space, newlines and comments.
func (s *pyScanner) skipSpace() {
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.pos++
		case c == '#':
			s.line()
		case c == '\\' && strings.HasPrefix(s.src[s.pos:], "\\\n"):
			s.pos += 2
		default:
			return
		}
	}
}

// idList reads None, a string, or a tuple or list of strings.
func (s *pyScanner) idList() ([]string, error) {
	s.skipSpace()
	rest := s.src[s.pos:]
	if strings.HasPrefix(rest, "None") {
		s.pos += 4
		return nil, nil
	}
	if len(rest) > 0 && (rest[0] == '(' || rest[0] == '[') {
		closer := map[byte]byte{'(': ')', '[': ']'}[rest[0]]
		s.pos++
		var ids []string
		for {
			s.skipSpace()
			if s.pos < len(s.src) && s.src[s.pos] == closer {
				s.pos++
				return ids, nil
			}
			str, ok, err := s.stringLiteral()
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, fmt.Errorf("want a string in the list")
			}
			ids = append(ids, str)
			s.skipSpace()
			if s.pos < len(s.src) && s.src[s.pos] == ',' {
				s.pos++
			}
		}
	}
	str, ok, err := s.stringLiteral()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("want None, a string, or a tuple of strings")
	}
	return []string{str}, nil
}

// functionBody reads an indented body after "def ...:" and returns the
// SQL of its op.execute calls, one statement each, and whether any runs in
// an autocommit block.
func (s *pyScanner) functionBody() (sqls []string, noTx bool, err error) {
	for s.pos < len(s.src) {
		lineStart := s.pos
		l := s.line()
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if l[0] != ' ' && l[0] != '\t' {
			s.pos = lineStart // the body ended
			return sqls, noTx, nil
		}
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		s.pos = lineStart + indent
		switch {
		case t == "pass":
			s.line()
		case strings.HasPrefix(t, "with op.get_context().autocommit_block():"):
			noTx = true
			s.line()
		case strings.HasPrefix(t, `"`) || strings.HasPrefix(t, `'`):
			if _, _, err := s.stringLiteral(); err != nil { // a docstring
				return nil, false, err
			}
			s.line()
		case strings.HasPrefix(t, "op.execute("):
			s.pos += len("op.execute(")
			sql, err := s.executeArg()
			if err != nil {
				return nil, false, err
			}
			s.line()
			sqls = append(sqls, strings.TrimSpace(sql))
		default:
			return nil, false, fmt.Errorf("%s: retort reads op.execute(SQL) only, not other Python; write this revision's SQL by hand", t)
		}
	}
	return sqls, noTx, nil
}

// executeArg reads op.execute's argument up to its closing parenthesis:
// string literals (adjacent ones joined), optionally inside text() or
// sa.text(); text()'s escaped colons (\:) are undone.
func (s *pyScanner) executeArg() (string, error) {
	s.skipSpace()
	wrapped := false
	for _, w := range []string{"sa.text(", "sqlalchemy.text(", "text("} {
		if strings.HasPrefix(s.src[s.pos:], w) {
			s.pos += len(w)
			wrapped = true
			break
		}
	}
	var sql strings.Builder
	for {
		s.skipSpace()
		str, ok, err := s.stringLiteral()
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		sql.WriteString(str)
	}
	closers := 1
	if wrapped {
		closers = 2
	}
	for range closers {
		s.skipSpace()
		if s.pos < len(s.src) && s.src[s.pos] == ',' {
			s.pos++
			s.skipSpace()
		}
		if s.pos >= len(s.src) || s.src[s.pos] != ')' {
			return "", fmt.Errorf("op.execute takes a string literal here (not a variable, an f-string, a formatting expression, or bind parameters); write the SQL out")
		}
		s.pos++
	}
	return strings.ReplaceAll(sql.String(), `\:`, ":"), nil
}

// stringLiteral reads a Python string literal at the position, if there
// is one: ' " ”' """ with an optional r/u prefix. f-strings and bytes are
// errors.
func (s *pyScanner) stringLiteral() (string, bool, error) {
	rest := s.src[s.pos:]
	prefix := 0
	raw := false
	for prefix < len(rest) && prefix < 2 && strings.ContainsRune("rRuUfFbB", rune(rest[prefix])) {
		switch rest[prefix] {
		case 'r', 'R':
			raw = true
		case 'f', 'F':
			return "", false, fmt.Errorf("an f-string changes the SQL at run time; write the SQL out")
		case 'b', 'B':
			return "", false, fmt.Errorf("a bytes literal; write the SQL as a string")
		}
		prefix++
	}
	rest = rest[prefix:]
	if rest == "" || (rest[0] != '\'' && rest[0] != '"') {
		return "", false, nil
	}
	quote := rest[:1]
	if strings.HasPrefix(rest, strings.Repeat(quote, 3)) {
		quote = strings.Repeat(quote, 3)
	}
	i := len(quote)
	var b strings.Builder
	for {
		if i >= len(rest) {
			return "", false, fmt.Errorf("a string that is not closed")
		}
		if strings.HasPrefix(rest[i:], quote) {
			s.pos += prefix + i + len(quote)
			return b.String(), true, nil
		}
		c := rest[i]
		if c == '\n' && len(quote) == 1 {
			return "", false, fmt.Errorf("a string that is not closed on its line")
		}
		if c != '\\' || i+1 >= len(rest) {
			b.WriteByte(c)
			i++
			continue
		}
		next := rest[i+1]
		if raw {
			b.WriteByte(c)
			b.WriteByte(next)
			i += 2
			continue
		}
		switch next {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(next)
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		default:
			// Python keeps an unknown escape as written (\: for text()).
			b.WriteByte(c)
			b.WriteByte(next)
		}
		i += 2
	}
}
