package readme

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A block is one fenced code block of the README.
type block struct {
	line    int      // README line of the opening fence
	info    string   // the fence's info string: "sh", "sql", "" ...
	lines   []string // the block's content
	prose   string   // the paragraph just before the block, joined by spaces
	follows bool     // the opening fence is on the line after the previous block's closing fence
}

// fence matches the opening line of a fenced code block.
var fence = regexp.MustCompile("^(```+|~~~+)\\s*([^`\\s]*)")

// sectionBlocks returns the fenced code blocks of the README section whose
// heading is "## "+title, in order.
func sectionBlocks(readme, title string) ([]block, error) {
	lines := strings.Split(readme, "\n")
	var (
		blocks    []block
		in        bool // inside the section
		found     bool
		open      string // the fence of the block being read, "" outside blocks
		cur       block
		lastClose = -1 // index of the last closing fence line
	)
	for i, l := range lines {
		if open != "" {
			if strings.HasPrefix(l, open) && strings.TrimSpace(strings.TrimLeft(l, open[:1])) == "" {
				open, lastClose = "", i
				if in {
					blocks = append(blocks, cur)
				}
				continue
			}
			cur.lines = append(cur.lines, l)
			continue
		}
		if strings.HasPrefix(l, "## ") {
			in = strings.TrimSpace(l[3:]) == title
			found = found || in
			continue
		}
		if m := fence.FindStringSubmatch(l); m != nil {
			open = m[1]
			cur = block{line: i + 1, info: m[2], prose: paragraphBefore(lines, i), follows: lastClose == i-1}
		}
	}
	if open != "" {
		return nil, fmt.Errorf("README.md: the code block opened on line %d is never closed", cur.line)
	}
	if !found {
		return nil, fmt.Errorf("README.md: no section %q", "## "+title)
	}
	return blocks, nil
}

// paragraphBefore returns the paragraph of prose that ends on the last
// non-blank line before line i, "" when that line ends another block.
func paragraphBefore(lines []string, i int) string {
	j := i - 1
	for j >= 0 && strings.TrimSpace(lines[j]) == "" {
		j--
	}
	var para []string
	for ; j >= 0 && strings.TrimSpace(lines[j]) != ""; j-- {
		if fence.MatchString(lines[j]) {
			break // another block's end
		}
		para = append([]string{strings.TrimSpace(lines[j])}, para...)
	}
	return strings.Join(para, " ")
}

// A step is one thing a reader does: run a script or a command, or write
// a file.
type step struct {
	line int    // README line of the script's first line, the command or the file's block
	run  string // the script or command, "" for a file
	// want is the stdout the README shows, starting on README line
	// wantLine; nil when the README shows none.
	want     []string
	wantLine int
	// failing says the command may exit non-zero: the transcript shows
	// its status with "echo $?" next.
	failing bool

	file     string // the file to write, relative to the working directory
	content  string
	appendTo bool // add content at the end of file instead of replacing it
}

// backticked finds `names` in prose.
var backticked = regexp.MustCompile("`([^`]+)`")

// steps turns a section's blocks into steps:
//
//   - a sh block is a script; when an untagged block that is not a
//     transcript starts on the line after it, that block is the stdout
//     the script prints;
//   - an untagged block whose first line starts with "$ " is a transcript:
//     each "$ " line is a command (a line ending in a backslash continues
//     on the next), the lines up to the next "$ " line the stdout it
//     prints. A command that exits non-zero is a failure unless the next
//     command is "echo $?", which shows its status;
//   - any other block is the content of a file: the paragraph before it
//     names the file, in backticks (the one name with a "/" or a "."),
//     and holds "at the end of" when the block is added to the file
//     rather than replacing it.
//
// A block none of these fit is an error, so a section cannot hold a block
// the test silently passes over.
func steps(blocks []block) ([]step, error) {
	var out []step
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch {
		case b.info == "sh" || b.info == "bash":
			s := step{line: b.line + 1, run: strings.Join(b.lines, "\n") + "\n"}
			if i+1 < len(blocks) {
				if n := blocks[i+1]; n.follows && n.info == "" && !isTranscript(n) {
					s.want, s.wantLine = n.lines, n.line+1
					i++
				}
			}
			out = append(out, s)
		case b.info == "" && isTranscript(b):
			out = append(out, transcript(b)...)
		case b.info == "":
			return nil, fmt.Errorf("README.md:%d: an untagged block that is neither a transcript (\"$ command\" lines) nor the output of the sh block just above it", b.line)
		default:
			file, err := fileNamed(b.prose)
			if err != nil {
				return nil, fmt.Errorf("README.md:%d: a %s block: %w", b.line, b.info, err)
			}
			out = append(out, step{line: b.line, file: file, content: strings.Join(b.lines, "\n") + "\n",
				appendTo: strings.Contains(b.prose, "at the end of")})
		}
	}
	return out, nil
}

func isTranscript(b block) bool { return len(b.lines) > 0 && strings.HasPrefix(b.lines[0], "$ ") }

// transcript splits a transcript block into its commands.
func transcript(b block) []step {
	var out []step
	for i := 0; i < len(b.lines); i++ {
		l := b.lines[i]
		if !strings.HasPrefix(l, "$ ") {
			// Output lines, after the command they belong to.
			s := &out[len(out)-1]
			s.want = append(s.want, l)
			continue
		}
		s := step{line: b.line + 1 + i, run: strings.TrimPrefix(l, "$ ")}
		for strings.HasSuffix(s.run, "\\") && i+1 < len(b.lines) {
			i++
			s.run += "\n" + b.lines[i]
		}
		if s.run == "echo $?" && len(out) > 0 {
			out[len(out)-1].failing = true
		}
		s.want = []string{} // shown, even when empty
		s.wantLine = b.line + 2 + i
		out = append(out, s)
	}
	return out
}

// fileNamed returns the file a paragraph names in backticks.
func fileNamed(prose string) (string, error) {
	var names []string
	for _, m := range backticked.FindAllStringSubmatch(prose, -1) {
		if strings.ContainsAny(m[1], "/.") && !strings.ContainsAny(m[1], " ") {
			names = append(names, m[1])
		}
	}
	if len(names) != 1 {
		return "", fmt.Errorf("the paragraph before it must name the one file it goes to, in backticks (it names %d: %q)", len(names), prose)
	}
	return names[0], nil
}

// TestReadmeSteps checks how a section's blocks become steps, on a
// README of each kind of block.
func TestReadmeSteps(t *testing.T) {
	readme := strings.Join([]string{
		"## Other",                       // 1
		"```sh",                          // 2
		"not this",                       // 3
		"```",                            // 4
		"## Walk",                        // 5
		"```sh",                          // 6
		"retort init x",                  // 7
		"```",                            // 8
		"```",                            // 9
		"Created x",                      // 10
		"```",                            // 11
		"",                               // 12
		"Write `x/a.sql`:",               // 13
		"",                               // 14
		"```sql",                         // 15
		"CREATE TABLE t ();",             // 16
		"```",                            // 17
		"Then, at the end of `x/a.sql`:", // 18
		"```sql",                         // 19
		"CREATE TABLE u ();",             // 20
		"```",                            // 21
		"```",                            // 22
		"$ retort check",                 // 23
		"FAIL one",                       // 24
		"$ echo $?",                      // 25
		"2",                              // 26
		"$ retort upgrade \\",            // 27
		"    head",                       // 28
		"```",                            // 29
		"## Next",                        // 30
	}, "\n")
	blocks, err := sectionBlocks(readme, "Walk")
	if err != nil {
		t.Fatal(err)
	}
	got, err := steps(blocks)
	if err != nil {
		t.Fatal(err)
	}
	want := []step{
		{line: 7, run: "retort init x\n", want: []string{"Created x"}, wantLine: 10},
		{line: 15, file: "x/a.sql", content: "CREATE TABLE t ();\n"},
		{line: 19, file: "x/a.sql", content: "CREATE TABLE u ();\n", appendTo: true},
		{line: 23, run: "retort check", want: []string{"FAIL one"}, wantLine: 24, failing: true},
		{line: 25, run: "echo $?", want: []string{"2"}, wantLine: 26},
		{line: 27, run: "retort upgrade \\\n    head", want: []string{}, wantLine: 29},
	}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(step{})); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}

	// A block the rules do not cover is an error, never passed over.
	for _, bad := range []string{
		"## Walk\nSome prose.\n\n```\njust text\n```\n",
		"## Walk\nThe model:\n\n```sql\nCREATE TABLE t ();\n```\n",
	} {
		blocks, err := sectionBlocks(bad, "Walk")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := steps(blocks); err == nil {
			t.Errorf("steps(%q): no error", bad)
		}
	}
}
