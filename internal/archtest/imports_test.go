package archtest

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/retortdb/retort"

// thirdParty maps the words the "may import" column uses for libraries to
// the import paths they allow (each path and the packages under it).
var thirdParty = map[string][]string{
	"pgx":         {"github.com/jackc/pgx/v5"},
	"YAML":        {"go.yaml.in/yaml/v3"},
	"pg_query_go": {"github.com/pganalyze/pg_query_go/v6", "google.golang.org/protobuf"},
	"cobra":       {"github.com/spf13/cobra", "github.com/spf13/pflag"},
}

// rule is one row of the package table: what a package may import
// besides the standard library.
type rule struct {
	line       int
	everything bool
	allowed    []string // import paths, each allowing the packages under it too
}

func (r rule) allows(path string) bool {
	if r.everything {
		return true
	}
	if first, _, _ := strings.Cut(path, "/"); !strings.Contains(first, ".") {
		return true // the standard library, which every package may use
	}
	for _, a := range r.allowed {
		if path == a || strings.HasPrefix(path, a+"/") {
			return true
		}
	}
	return false
}

var (
	row       = regexp.MustCompile("^\\| `([^`]+)` \\|.*\\| ([^|]+) \\|$")
	backticks = regexp.MustCompile("`([^`]+)`")
	aside     = regexp.MustCompile(`\([^)]*\)`)
)

// readRules reads the package table of docs/ARCHITECTURE.md.
func readRules(t *testing.T, doc string) map[string]rule {
	f, err := os.Open(doc)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rules := map[string]rule{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		m := row.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		r := rule{line: n}
		for _, item := range strings.Split(aside.ReplaceAllString(m[2], ""), ",") {
			item = strings.TrimSpace(item)
			switch {
			case item == "everything", item == "test only":
				r.everything = true
			case item == "standard library":
				// always allowed; the column may say so
			case backticks.MatchString(item):
				for _, b := range backticks.FindAllStringSubmatch(item, -1) {
					r.allowed = append(r.allowed, module+"/"+b[1])
				}
			case thirdParty[item] != nil:
				r.allowed = append(r.allowed, thirdParty[item]...)
			default:
				t.Errorf("%s:%d: %q in the \"may import\" column is no package and no library this test knows (add it to thirdParty)", doc, n, item)
			}
		}
		rules[module+"/"+m[1]] = r
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rules
}

// root returns the module's directory.
func root(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// touchSources stats every Go file and go.mod of the module, so that go
// test's cache, which remembers the files a test opened or stat'ed, runs
// these tests again when the code changes (go list and go build run as
// other processes, whose reads it does not see).
func touchSources(t *testing.T) {
	top := root(t)
	err := filepath.WalkDir(top, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != top {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".go") || d.Name() == "go.mod") {
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// goList runs go list in the module with the given environment additions.
func goList(t *testing.T, env []string, args ...string) []string {
	touchSources(t)
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Dir = root(t)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		msg := err.Error()
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("go list %s: %s", strings.Join(args, " "), msg)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

// TestImportsFollowArchitecture checks every package's own imports (tests
// left out) against its row in docs/ARCHITECTURE.md, and that every
// package has a row and every row a package.
func TestImportsFollowArchitecture(t *testing.T) {
	doc := filepath.Join(root(t), "docs", "ARCHITECTURE.md")
	rules := readRules(t, doc)
	seen := map[string]bool{}
	for _, line := range goList(t, nil, "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./...") {
		fields := strings.Fields(line)
		pkg, imports := fields[0], fields[1:]
		seen[pkg] = true
		r, ok := rules[pkg]
		if !ok {
			t.Errorf("%s: package %s has no row in the package table; add one saying what it does and may import", doc, strings.TrimPrefix(pkg, module+"/"))
			continue
		}
		for _, imp := range imports {
			if !r.allows(imp) {
				t.Errorf("%s:%d: package %s imports %s, which its row does not allow; change the code or the row", doc, r.line, strings.TrimPrefix(pkg, module+"/"), strings.TrimPrefix(imp, module+"/"))
			}
		}
	}
	for pkg, r := range rules {
		if !seen[pkg] {
			t.Errorf("%s:%d: the package table names %s, which does not exist", doc, r.line, strings.TrimPrefix(pkg, module+"/"))
		}
	}
}

// TestModelHasNoCodec checks that importing the model takes no YAML
// library with it.
func TestModelHasNoCodec(t *testing.T) {
	deps := goList(t, nil, "-deps", "./model")
	if i := slices.IndexFunc(deps, func(d string) bool { return strings.Contains(strings.ToLower(d), "yaml") }); i >= 0 {
		t.Errorf("package model depends on %s; the YAML codec belongs in model/yamlmodel", deps[i])
	}
}

// pureCore are the packages that must build without a C compiler: the
// engine (model, diff, render) and the runner (migrate).
var pureCore = []string{"./model", "./diff", "./render", "./migrate"}

// TestCoreBuildsWithoutCgo builds the pure core with CGO_ENABLED=0.
func TestCoreBuildsWithoutCgo(t *testing.T) {
	touchSources(t)
	cmd := exec.Command("go", append([]string{"build", "-o", os.DevNull}, pureCore...)...)
	cmd.Dir = root(t)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go build %s: %v\n%s", strings.Join(pureCore, " "), err, out)
	}
}
