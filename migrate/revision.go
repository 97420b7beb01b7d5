package migrate

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// A Revision is one revision file: its header and its two SQL sections.
type Revision struct {
	ID            string
	Parents       []string // none for a base, several for a merge
	Message       string
	Created       time.Time
	BranchLabels  []string
	DependsOn     []string
	NoTransaction bool   // "Transaction: false": run outside a transaction
	Upgrade       string // SQL of the upgrade section, without leading/trailing blank lines
	Downgrade     string
	Path          string // path in the fs.FS ("" for a revision not read from a file)
	UpgradeLine   int    // 1-based line in the file where the upgrade SQL starts
	DowngradeLine int
	Checksum      string // hex sha256 of the file bytes
}

const (
	magicLine       = "-- retort revision"
	upgradeMarker   = "-- +retort upgrade"
	downgradeMarker = "-- +retort downgrade"
)

var (
	idPattern     = regexp.MustCompile(`^[A-Za-z0-9_]+$`)
	headerPattern = regexp.MustCompile(`^--\s*([A-Za-z-]+):\s*(.*?)\s*$`)
)

// headerKeys are the header keys in the order Format writes them.
var headerKeys = []string{"Revision", "Parents", "Message", "Created", "Branch-Labels", "Depends-On", "Transaction"}

// ParseRevision parses a revision file. path is used in error messages and
// stored in the revision. Errors are *FileError wrapping ErrBadHeader.
func ParseRevision(path string, data []byte) (*Revision, error) {
	r := &Revision{Path: path, Checksum: Checksum(data)}
	bad := func(line int, format string, args ...any) error {
		return &FileError{Path: path, Line: line, Message: fmt.Sprintf(format, args...), Err: ErrBadHeader}
	}
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != magicLine {
		return nil, bad(1, "first line must be %q (is this a retort revision file?)", magicLine)
	}
	seen := map[string]int{}
	up, down := -1, -1 // indexes of the marker lines
	for i := 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		n := i + 1
		switch {
		case l == upgradeMarker:
			if up >= 0 {
				return nil, bad(n, "second %q section (the first is at line %d); keep one", upgradeMarker, up+1)
			}
			if down >= 0 {
				return nil, bad(n, "%q must come before %q (line %d)", upgradeMarker, downgradeMarker, down+1)
			}
			up = i
			continue
		case l == downgradeMarker:
			if down >= 0 {
				return nil, bad(n, "second %q section (the first is at line %d); keep one", downgradeMarker, down+1)
			}
			if up < 0 {
				return nil, bad(n, "%q before %q; put the upgrade section first", downgradeMarker, upgradeMarker)
			}
			down = i
			continue
		case strings.HasPrefix(l, "-- +retort"):
			return nil, bad(n, "unknown section marker %q; use %q or %q", l, upgradeMarker, downgradeMarker)
		}
		if up >= 0 || l == "" {
			continue // section text, or a blank header line
		}
		m := headerPattern.FindStringSubmatch(l)
		if m == nil {
			return nil, bad(n, "header line %q is not \"-- Key: value\"; the header ends at %q", l, upgradeMarker)
		}
		key, value := m[1], m[2]
		if prev, ok := seen[key]; ok {
			return nil, bad(n, "header key %s repeated (first at line %d); keep one", key, prev)
		}
		seen[key] = n
		var err error
		switch key {
		case "Revision":
			if !idPattern.MatchString(value) {
				return nil, bad(n, "revision id %q must be letters, digits or _ (retort writes 12 hex digits)", value)
			}
			r.ID = value
		case "Parents":
			r.Parents, err = parseIDs(value)
		case "Message":
			r.Message = value
		case "Created":
			if value != "" {
				r.Created, err = time.Parse(time.RFC3339, value)
				if err != nil {
					return nil, bad(n, "Created %q is not an RFC 3339 time such as 2024-04-01T17:18:00Z", value)
				}
			}
		case "Branch-Labels":
			r.BranchLabels, err = parseIDs(value)
		case "Depends-On":
			r.DependsOn, err = parseIDs(value)
		case "Transaction":
			switch value {
			case "false":
				r.NoTransaction = true
			case "true":
			default:
				return nil, bad(n, "Transaction must be true or false, not %q", value)
			}
		default:
			return nil, bad(n, "unknown header key %q; known keys are %s", key, strings.Join(headerKeys, ", "))
		}
		if err != nil {
			return nil, bad(n, "%s: %v", key, err)
		}
	}
	if _, ok := seen["Revision"]; !ok {
		return nil, bad(2, "no \"-- Revision: ID\" header line; add one (retort revision writes 12 hex digits)")
	}
	if up < 0 {
		return nil, bad(len(lines), "no %q section; add it, followed by the upgrade SQL", upgradeMarker)
	}
	if down < 0 {
		return nil, bad(len(lines), "no %q section; add it after the upgrade SQL, followed by the downgrade SQL", downgradeMarker)
	}
	r.Upgrade, r.UpgradeLine = section(lines, up+1, down)
	r.Downgrade, r.DowngradeLine = section(lines, down+1, len(lines))
	return r, nil
}

// parseIDs parses a comma-separated list of ids ("" is an empty list).
func parseIDs(value string) ([]string, error) {
	if value == "" {
		return nil, nil
	}
	var ids []string
	for _, f := range strings.Split(value, ",") {
		f = strings.TrimSpace(f)
		if !idPattern.MatchString(f) {
			return nil, fmt.Errorf("%q is not an id (letters, digits or _); separate ids with commas", f)
		}
		ids = append(ids, f)
	}
	return ids, nil
}

// section returns lines[from:to] without leading and trailing blank lines,
// and the 1-based line number of its first line.
func section(lines []string, from, to int) (string, int) {
	for from < to && strings.TrimSpace(lines[from]) == "" {
		from++
	}
	for to > from && strings.TrimSpace(lines[to-1]) == "" {
		to--
	}
	return strings.TrimRight(strings.Join(lines[from:to], "\n"), " \t"), from + 1
}

// Format writes the revision file: the header (keys in a fixed order, empty
// optional keys left out), then the two sections. It is deterministic, and
// ParseRevision(Format()) gives back the revision (apart from Path, line
// numbers and Checksum). A message is written on one line.
func (r *Revision) Format() []byte {
	var b bytes.Buffer
	b.WriteString(magicLine + "\n")
	fmt.Fprintf(&b, "-- Revision: %s\n", r.ID)
	writeKey(&b, "Parents", strings.Join(r.Parents, ", "))
	writeKey(&b, "Message", strings.Join(strings.Fields(r.Message), " "))
	if !r.Created.IsZero() {
		fmt.Fprintf(&b, "-- Created: %s\n", r.Created.Format(time.RFC3339))
	}
	if len(r.BranchLabels) > 0 {
		writeKey(&b, "Branch-Labels", strings.Join(r.BranchLabels, ", "))
	}
	if len(r.DependsOn) > 0 {
		writeKey(&b, "Depends-On", strings.Join(r.DependsOn, ", "))
	}
	if r.NoTransaction {
		b.WriteString("-- Transaction: false\n")
	}
	b.WriteString("\n" + upgradeMarker + "\n")
	if r.Upgrade != "" {
		b.WriteString(r.Upgrade + "\n")
	}
	b.WriteString("\n" + downgradeMarker + "\n")
	if r.Downgrade != "" {
		b.WriteString(r.Downgrade + "\n")
	}
	return b.Bytes()
}

func writeKey(b *bytes.Buffer, key, value string) {
	if value == "" {
		fmt.Fprintf(b, "-- %s:\n", key)
		return
	}
	fmt.Fprintf(b, "-- %s: %s\n", key, value)
}

// Checksum returns the hex sha256 of a revision file's bytes.
func Checksum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// NewID returns a new revision id: 12 random lowercase hex digits.
func NewID() string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b)
}
