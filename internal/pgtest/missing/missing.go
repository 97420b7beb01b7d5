// Package missing stops a test that cannot run here because a tool it
// needs is missing: a skip on a developer's machine, a failure under CI.
// It is pgtest.SkipMissing for the packages pgtest itself imports
// (internal/embedpg), whose tests cannot import pgtest; it imports no
// other retort package.
package missing

import (
	"fmt"
	"os"
	"testing"
)

// Skip stops a test that cannot run here because what (a program, the
// corpus, a cluster) is missing; why says what it is needed for and how to
// get it. Under CI (the environment variable CI is "true") the test fails
// instead: there a missing tool is a broken setup, and a skip would let the
// suite pass having tested less.
func Skip(t testing.TB, what, why string) {
	t.Helper()
	msg := fmt.Sprintf("%s is missing: %s", what, why)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true: a missing tool fails the test)")
	}
	t.Skip(msg)
}
