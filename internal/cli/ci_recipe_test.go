package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/internal/scaffold"
)

// ciWorkflow is the part of a GitHub Actions workflow that decides how a
// step's run: block is executed.
type ciWorkflow struct {
	Defaults ciDefaults `yaml:"defaults"`
	Jobs     map[string]struct {
		Defaults ciDefaults `yaml:"defaults"`
		Steps    []struct {
			Name  string `yaml:"name"`
			Run   string `yaml:"run"`
			Shell string `yaml:"shell"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

type ciDefaults struct {
	Run struct {
		Shell string `yaml:"shell"`
	} `yaml:"run"`
}

// ciShell returns the command GitHub runs a Linux step's script with:
// bash -e when no shell is named, bash -eo pipefail for "shell: bash".
func ciShell(shell string) []string {
	switch shell {
	case "":
		return []string{"bash", "-e"}
	case "bash":
		return []string{"bash", "--noprofile", "--norc", "-eo", "pipefail"}
	case "sh":
		return []string{"sh", "-e"}
	}
	return strings.Fields(strings.ReplaceAll(shell, "{0}", ""))
}

// TestCIRecipe runs the run: blocks of docs/ci/retort.yml the way GitHub
// runs them, in a project laid out by retort init: the check and the
// hazard gate must fail the job when retort reports a problem, and pass
// when there is none.
func TestCIRecipe(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(pgtest.RepoRoot(t), "docs", "ci", "retort.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf ciWorkflow
	if err := yaml.Unmarshal(raw, &wf); err != nil {
		t.Fatalf("docs/ci/retort.yml: %v", err)
	}
	job, ok := wf.Jobs["schema"]
	if !ok {
		t.Fatal("docs/ci/retort.yml: no job named schema")
	}
	steps := map[string][]string{} // name: shell command line and script
	for _, s := range job.Steps {
		shell := s.Shell
		if shell == "" {
			shell = job.Defaults.Run.Shell
		}
		if shell == "" {
			shell = wf.Defaults.Run.Shell
		}
		steps[s.Name] = append(ciShell(shell), s.Run)
	}
	for _, name := range []string{"Apply every revision", "Check database, revisions and model", "Hazards of the change against main"} {
		if steps[name] == nil {
			t.Fatalf("docs/ci/retort.yml: no step %q", name)
		}
	}

	// retort on the PATH: this test binary, run as the CLI.
	bin := t.TempDir()
	wrapper := fmt.Sprintf("#!/bin/sh\nRETORT_TEST_RUN_CLI=1 exec %q \"$@\"\n", os.Args[0])
	if err := os.WriteFile(filepath.Join(bin, "retort"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	proj := filepath.Join(root, "project")
	if _, err := scaffold.Write(proj, "single"); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"DATABASE_URL="+pgtest.NewDatabase(t),
		"RETORT_DEV_URL="+pgtest.ServerURL(t),
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
	)
	// step runs the named step's script in the project and returns its
	// exit status.
	step := func(name string) int {
		t.Helper()
		argv := steps[name]
		script := strings.ReplaceAll(argv[len(argv)-1], "${{ github.base_ref }}", "main")
		path := filepath.Join(root, "step.sh")
		if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		args := append(slices.Clone(argv[1:len(argv)-1]), path)
		cmd := exec.Command(argv[0], args...)
		cmd.Dir, cmd.Env = proj, env
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &exit):
			t.Logf("step %q: exit %d\n%s", name, exit.ExitCode(), out)
			return exit.ExitCode()
		}
		t.Fatalf("step %q: %v\n%s", name, err, out)
		return 0
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = proj, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	model := func(sql string) { writeFile(t, filepath.Join(proj, "schema"), "schema.sql", sql) }

	// The model has a table no revision creates: check reports it (exit 2).
	model("CREATE TABLE customers (id int PRIMARY KEY, note text);\n")
	if got := step("Apply every revision"); got != 0 {
		t.Fatalf("upgrade with no revisions: exit %d", got)
	}
	if got := step("Check database, revisions and model"); got == 0 {
		t.Error("check step passed although the model has changes no revision captures")
	}
	// Once a revision captures it and is applied, the same step passes.
	if code, _, errs := run(t, "-c", filepath.Join(proj, "retort.yaml"), "revision", "--autogenerate", "-m", "customers"); code != 0 {
		t.Fatalf("revision: %s", errs)
	}
	t.Setenv("DATABASE_URL", "") // run's in-process retort reads the file's ${DATABASE_URL:-}
	if got := step("Apply every revision"); got != 0 {
		t.Fatalf("upgrade: exit %d", got)
	}
	if got := step("Check database, revisions and model"); got != 0 {
		t.Errorf("check step failed on a project in order: exit %d", got)
	}

	// The hazard gate: main has the column, the change drops it (data loss).
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-q", "-m", "base")
	git("update-ref", "refs/remotes/origin/main", "HEAD")
	model("CREATE TABLE customers (id int PRIMARY KEY);\n")
	if got := step("Hazards of the change against main"); got == 0 {
		t.Error("hazard step passed although the change drops a column")
	}
}
