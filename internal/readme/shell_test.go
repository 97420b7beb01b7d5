package readme

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A shell runs a section's scripts and commands the way one terminal
// would: each in bash -e -o pipefail, starting where the one before left
// off (working directory, exported variables, exit status for $?).
type shell struct {
	dir    string
	env    []string
	status int
	state  string // a directory where each run leaves its working directory and environment
}

// A result is what one run printed and how it ended.
type result struct {
	stdout, stderr string
	status         int
	failedLine     int // line of the script that failed, 0 if unknown or none
}

// prelude is put before every script: it saves the working directory and
// the exported variables when the script ends, however it ends, names the
// line of a failing command on stderr, and sets $? to the last status
// (`return N && :` does that without -e ending the script).
const prelude = `__readme_save() { pwd >%[1]s/pwd; for v in $(compgen -e); do printf '%%s=%%s\0' "$v" "${!v}"; done >%[1]s/env; }
trap __readme_save EXIT
trap 'echo "readme: failed on line $LINENO" >&2' ERR
__readme_status() { return "$1"; }
__readme_status %[2]d && :
`

var preludeLines = strings.Count(prelude, "\n")

// failedOn is the line the ERR trap prints.
var failedOn = regexp.MustCompile(`(?m)^readme: failed on line (\d+)\n`)

// run runs script and carries its working directory, exported variables
// and exit status over to the next run.
func (sh *shell) run(script string) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	full := fmt.Sprintf(prelude, shellQuote(sh.state), sh.status) + script
	cmd := exec.CommandContext(ctx, "bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", full)
	cmd.Dir, cmd.Env = sh.dir, sh.env
	cmd.WaitDelay = 10 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var r result
	var exit *exec.ExitError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return r, fmt.Errorf("timed out after 3 minutes\nstderr:\n%s", stderr.String())
	case errors.As(err, &exit):
		r.status = exit.ExitCode()
	default:
		return r, err
	}
	r.stdout, r.stderr = stdout.String(), stderr.String()
	if m := failedOn.FindAllStringSubmatch(r.stderr, -1); m != nil {
		n, _ := strconv.Atoi(m[len(m)-1][1])
		r.failedLine = n - preludeLines
		r.stderr = failedOn.ReplaceAllString(r.stderr, "")
	}
	if err := sh.load(); err != nil {
		return r, err
	}
	sh.status = r.status
	return r, nil
}

// load reads back what the last run's exit trap saved.
func (sh *shell) load() error {
	pwd, err := os.ReadFile(filepath.Join(sh.state, "pwd"))
	if err != nil {
		return fmt.Errorf("the script's working directory: %w", err)
	}
	env, err := os.ReadFile(filepath.Join(sh.state, "env"))
	if err != nil {
		return fmt.Errorf("the script's environment: %w", err)
	}
	sh.dir = strings.TrimSuffix(string(pwd), "\n")
	sh.env = sh.env[:0:0]
	for _, kv := range strings.Split(string(env), "\x00") {
		name, _, _ := strings.Cut(kv, "=")
		if kv == "" || name == "_" || name == "SHLVL" {
			continue
		}
		sh.env = append(sh.env, kv)
	}
	return nil
}

// shellQuote quotes s for sh.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
