package readme

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// variable finds what legitimately differs between the README's output and
// a run's. Each kind stands for any value of its form; revision ids also
// pair one to one, so that the README's 3f1c2b7a9d04 is the same revision
// wherever it appears.
var variable = regexp.MustCompile(strings.Join([]string{
	`(?P<stamp>\b\d{4}_\d{2}_\d{2}_\d{4})`,                                                   // revision file names: 2026_03_20_0946
	`(?P<time>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)`, // Created: 2026-03-20T09:46:40Z
	`(?P<date>\b\d{4}-\d{2}-\d{2}\b)`,
	`(?P<duration>\b\d+\.\d+m?s\b|\b\d+ms\b)`, // 1.25s, 310ms
	`(?P<id>[0-9a-f]{12,})`,                   // revision ids are 12 hex digits; a longer run is text
}, "|"))

// A token is a run of literal text or a variable.
type token struct {
	kind string // "" for literal text
	text string
}

func tokens(s string) []token {
	var out []token
	last := 0
	for _, m := range variable.FindAllStringSubmatchIndex(s, -1) {
		kind := ""
		for k, name := range variable.SubexpNames() {
			if name != "" && m[2*k] >= 0 {
				kind = name
			}
		}
		if kind == "id" && m[1]-m[0] != 12 {
			continue // left in the literal text around it
		}
		if m[0] > last {
			out = append(out, token{text: s[last:m[0]]})
		}
		out = append(out, token{kind: kind, text: s[m[0]:m[1]]})
		last = m[1]
	}
	if last < len(s) {
		out = append(out, token{text: s[last:]})
	}
	return out
}

// A matcher compares the README's output with a run's, line by line, and
// remembers which run values the README's variables stood for, to put
// them in later commands (cat versions/2026_03_20_0946-3f1c2b7a9d04_....sql).
type matcher struct {
	ids   map[string]string // README revision id: the run's
	runID map[string]string // the run's revision id: the README's
	vals  map[string]string // README stamp, time ...: the run's last seen
	// shown is the run's text for the README's: the section's directory
	// for /tmp, the test's database names for the README's.
	shown func(string) string
}

func newMatcher(shown func(string) string) *matcher {
	return &matcher{ids: map[string]string{}, runID: map[string]string{}, vals: map[string]string{}, shown: shown}
}

// line reports whether got, a line of the run's output, is want, a
// README line, and if so binds want's variables to got's values.
func (m *matcher) line(want, got string) bool {
	tw, tg := tokens(want), tokens(got)
	if len(tw) != len(tg) {
		return false
	}
	ids, runIDs := map[string]string{}, map[string]string{} // this line's, bound when it matches
	for i := range tw {
		w, g := tw[i], tg[i]
		switch {
		case w.kind != g.kind:
			return false
		case w.kind == "":
			if w.text != g.text {
				return false
			}
		case w.kind == "id":
			if r, ok := m.ids[w.text]; ok && r != g.text {
				return false
			}
			if r, ok := m.runID[g.text]; ok && r != w.text {
				return false
			}
			if r, ok := ids[w.text]; ok && r != g.text {
				return false
			}
			if r, ok := runIDs[g.text]; ok && r != w.text {
				return false
			}
			ids[w.text], runIDs[g.text] = g.text, w.text
		}
	}
	for w, g := range ids {
		m.ids[w], m.runID[g] = g, w
	}
	for i := range tw {
		if k := tw[i].kind; k != "" && k != "id" {
			m.vals[tw[i].text] = tg[i].text
		}
	}
	return true
}

// command returns a README command with the values its variables were
// bound to, or an error naming a revision id no output has shown yet.
func (m *matcher) command(cmd string) (string, error) {
	var b strings.Builder
	for _, t := range tokens(cmd) {
		switch {
		case t.kind == "id":
			r, ok := m.ids[t.text]
			if !ok {
				return "", fmt.Errorf("it names revision %s, which no output above it shows", t.text)
			}
			b.WriteString(r)
		case t.kind != "" && m.vals[t.text] != "":
			b.WriteString(m.vals[t.text])
		default:
			b.WriteString(t.text)
		}
	}
	return b.String(), nil
}

// lines splits a run's output as the README would show it: the run's
// paths and names replaced by the README's, without trailing whitespace
// on a line (a Markdown file keeps none) or blank lines at the end.
func (m *matcher) lines(out string) []string {
	out = m.shown(out)
	ls := strings.Split(out, "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, " \t\r")
	}
	return trimBlankEnd(ls)
}

func trimBlankEnd(ls []string) []string {
	for len(ls) > 0 && ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// compare checks got, the run's output, against want, the README's lines
// starting on README line wantLine; it returns "" when they match, or
// the first difference.
func (m *matcher) compare(want []string, wantLine int, got string) string {
	want = trimBlankEnd(trimRight(want))
	gl := m.lines(got)
	for i := 0; i < len(want) || i < len(gl); i++ {
		switch {
		case i >= len(gl):
			return fmt.Sprintf("README.md:%d: want %q, got no more output", wantLine+i, want[i])
		case i >= len(want):
			return fmt.Sprintf("README.md:%d: want no more output, got %q", wantLine+i, gl[i])
		case !m.line(want[i], gl[i]):
			return fmt.Sprintf("README.md:%d:\n\twant %q\n\tgot  %q", wantLine+i, want[i], gl[i])
		}
	}
	return ""
}

func trimRight(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = strings.TrimRight(l, " \t")
	}
	return out
}

// TestReadmeMatcher checks what may differ between the README's output
// and a run's, and what may not.
func TestReadmeMatcher(t *testing.T) {
	show := func(s string) string { return strings.ReplaceAll(s, "/tmp/TestX/001", "/tmp") }
	tests := []struct {
		name  string
		want  []string
		got   string
		match bool
	}{
		{"ids and stamps", []string{"Generated /tmp/shop/versions/2026_03_20_0946-3f1c2b7a9d04_create.sql"},
			"Generated /tmp/TestX/001/shop/versions/2026_12_06_1312-375922b6f42b_create.sql\n", true},
		{"header time", []string{"-- Created: 2026-03-20T09:46:40Z"}, "-- Created: 2026-12-06T13:12:56Z", true},
		{"trailing space and blank lines", []string{" id | a", "(1 row)"}, " id | a   \n(1 row)\n\n", true},
		{"one id stands for one revision", []string{"3f1c2b7a9d04 -> 8e5d0a6c41b2"}, "375922b6f42b -> 375922b6f42b", false},
		{"a revision keeps its id", []string{"upgrade 3f1c2b7a9d04", "current 3f1c2b7a9d04"}, "upgrade 375922b6f42b\ncurrent b668f9d1c942", false},
		{"text differs", []string{"upgrade base -> 3f1c2b7a9d04, create customer"}, "upgrade base -> 375922b6f42b, create customers", false},
		{"a line missing", []string{"ok   a", "ok   b"}, "ok   a\n", false},
		{"a line more", []string{"ok   a"}, "ok   a\nok   b\n", false},
		{"13 hex digits are text", []string{"3f1c2b7a9d04a"}, "375922b6f42ba", false},
	}
	for _, tt := range tests {
		m := newMatcher(show)
		if got := m.compare(tt.want, 1, tt.got) == ""; got != tt.match {
			t.Errorf("%s: match %v, want %v (%s)", tt.name, got, tt.match, m.compare(tt.want, 1, tt.got))
		}
	}

	// Commands get the run's values for what the README showed before.
	m := newMatcher(show)
	if d := m.compare([]string{"Generated /tmp/v/2026_03_20_0946-3f1c2b7a9d04_c.sql"}, 1, "Generated /tmp/TestX/001/v/2026_12_06_1312-375922b6f42b_c.sql"); d != "" {
		t.Fatal(d)
	}
	got, err := m.command("cat v/2026_03_20_0946-3f1c2b7a9d04_c.sql")
	if err != nil {
		t.Fatal(err)
	}
	if want := "cat v/2026_12_06_1312-375922b6f42b_c.sql"; got != want {
		t.Errorf("command: got %q, want %q", got, want)
	}
	if _, err := m.command("retort downgrade 8e5d0a6c41b2"); err == nil {
		t.Error("a revision id no output showed: no error")
	}
}
