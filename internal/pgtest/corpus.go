package pgtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
)

// The shared corpus (../shared/corpus next to the repository) holds
// real-world schemas that load on PostgreSQL 15. A few statements in them
// need another major: corpusEdits lists, for each, the majors that
// cannot run it as written and the smallest edit that lets them. Corpus
// applies them to a copy; the originals are never changed.
var corpusEdits = []struct {
	schema string
	majors string // where the edit applies (ParseMajors)
	why    string
	re     *regexp.Regexp
	repl   string
}{
	{"lago", "13-14", "NULLS NOT DISTINCT is PostgreSQL 15's",
		regexp.MustCompile(`\) NULLS NOT DISTINCT`), ")"},
	{"musicbrainz", "13-14", "NULLS NOT DISTINCT is PostgreSQL 15's",
		regexp.MustCompile(`UNIQUE NULLS NOT DISTINCT \(`), "UNIQUE ("},
	// From 17 on, an index expression runs with search_path set to
	// pg_catalog, so a SQL function it calls must name what it uses
	// qualified.
	{"chado", "17+", "index expressions run with a safe search_path from PostgreSQL 17",
		regexp.MustCompile(`([ (,])create_point\(`), "${1}public.create_point("},
}

// corpusCopies are the edited copies of the corpus made so far, by major.
var corpusCopies struct {
	mu   sync.Mutex
	dirs map[int]string
}

// RepoRoot returns the module root: the nearest directory above the
// test's that holds go.mod.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("pgtest: go.mod not found above the test directory")
		}
		dir = parent
	}
}

// CorpusSource returns the directory of the shared corpus: load.sh and a
// directory per schema.
func CorpusSource(t testing.TB) string {
	t.Helper()
	corpus := filepath.Join(RepoRoot(t), "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(corpus, "load.sh")); err != nil {
		SkipMissing(t, "the shared corpus", fmt.Sprintf("expected ../shared/corpus next to the repository (%v)", err))
	}
	return corpus
}

// Corpus returns a directory laid out like the shared corpus whose
// schemas load on the test server's major (CorpusFor).
func Corpus(t testing.TB) string {
	t.Helper()
	return CorpusFor(t, Major(t))
}

// CorpusFor returns a directory laid out like the shared corpus whose
// schemas load on every major in majors: the shared corpus itself, or a
// copy with the corpusEdits for those majors applied (made once per test
// binary, removed by Main).
func CorpusFor(t testing.TB, majors ...int) string {
	t.Helper()
	src := CorpusSource(t)
	var key int // a bit per edit that applies
	for i, e := range corpusEdits {
		r, _ := ParseMajors(e.majors)
		for _, m := range majors {
			if r.Has(m) {
				key |= 1 << i
			}
		}
	}
	if key == 0 {
		return src
	}
	corpusCopies.mu.Lock()
	defer corpusCopies.mu.Unlock()
	if dir, ok := corpusCopies.dirs[key]; ok {
		return dir
	}
	dir, err := copyCorpus(src, key)
	if err != nil {
		t.Fatal(err)
	}
	if corpusCopies.dirs == nil {
		corpusCopies.dirs = map[int]string{}
	}
	corpusCopies.dirs[key] = dir
	return dir
}

// copyCorpus copies the corpus's load.sh and schema directories to a new
// temporary directory, applying the corpusEdits whose bit is set in edits.
func copyCorpus(src string, edits int) (string, error) {
	dst, err := os.MkdirTemp("", "retort-corpus-")
	if err != nil {
		return "", err
	}
	err = filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		schema := filepath.Dir(rel)
		for i, e := range corpusEdits {
			if edits&(1<<i) == 0 || e.schema != schema || filepath.Base(rel) != "schema.sql" {
				continue
			}
			if !e.re.Match(b) {
				return fmt.Errorf("pgtest: corpus edit for %s on PostgreSQL %s (%s) matches nothing: update corpusEdits", e.schema, e.majors, e.why)
			}
			b = e.re.ReplaceAll(b, []byte(e.repl))
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, info.Mode().Perm())
	})
	if err != nil {
		os.RemoveAll(dst)
		return "", err
	}
	return dst, nil
}

// LoadCorpus creates a database for the test and loads the corpus schema
// name into it with the corpus's own loader (load.sh, psql), independent
// of the code under test. It returns the database's URL.
func LoadCorpus(t testing.TB, name string) string {
	t.Helper()
	return LoadCorpusFrom(t, Corpus(t), NewDatabase(t), name)
}

// LoadCorpusFrom loads the corpus schema name from the corpus directory
// dir (Corpus, CorpusFor) into the empty database at url with load.sh, and
// returns url.
func LoadCorpusFrom(t testing.TB, dir, url, name string) string {
	t.Helper()
	cmd := exec.Command(filepath.Join(dir, "load.sh"), name, url)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("load.sh %s: %v\n%s", name, err, out.String())
	}
	return url
}
