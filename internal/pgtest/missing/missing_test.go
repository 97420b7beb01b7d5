package missing

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestSkip runs a test that calls Skip in a child test binary, with CI
// unset and with CI=true: it must skip, then fail, naming what is missing.
func TestSkip(t *testing.T) {
	if os.Getenv("MISSING_CHILD") == "1" {
		Skip(t, "a flux capacitor", "install one")
		return
	}
	for _, tc := range []struct {
		ci       string
		wantFail bool
		want     string
	}{
		{"", false, "--- SKIP"},
		{"true", true, "--- FAIL"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSkip$", "-test.v")
		cmd.Env = append(os.Environ(), "MISSING_CHILD=1", "CI="+tc.ci)
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.wantFail || !strings.Contains(string(out), tc.want) ||
			!strings.Contains(string(out), "a flux capacitor is missing: install one") {
			t.Errorf("CI=%q: err %v, output:\n%s", tc.ci, err, out)
		}
	}
}
