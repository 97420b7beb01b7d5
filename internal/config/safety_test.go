package config

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestResolveSafetyKeys reads online, the timeouts and the hazard gate, with
// an environment overriding some of them.
func TestResolveSafetyKeys(t *testing.T) {
	const yaml = `online: true
lock_timeout: 3s
statement_timeout: 30min
deny_hazards: true
allow_hazards: [long-lock, table-rewrite]
environments:
  dev:
    online: false
    allow_hazards: data-loss
    lock_timeout: ~
`
	f, err := Parse("/proj/retort.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	type keys struct {
		Online                        bool
		LockTimeout, StatementTimeout string
		DenyHazards                   bool
		AllowHazards                  []string
	}
	for env_, want := range map[string]keys{
		"":    {true, "3s", "30min", true, []string{"long-lock", "table-rewrite"}},
		"dev": {false, "", "30min", true, []string{"data-loss"}},
	} {
		c, err := f.Resolve(env_, env(nil))
		if err != nil {
			t.Fatal(err)
		}
		got := keys{c.Online, c.LockTimeout, c.StatementTimeout, c.DenyHazards, c.AllowHazards}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("environment %q (-want +got)\n%s", env_, d)
		}
	}
}

func TestSafetyKeyErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"lock_timeout: soon\n",
			`retort.yaml:1:15: lock_timeout: "soon" is not a duration; write a PostgreSQL duration such as 5s, 500ms or 1min (0 turns the limit off)`},
		{"statement_timeout: 5 minutes\n",
			`retort.yaml:1:20: statement_timeout: "5 minutes" is not a duration; write a PostgreSQL duration such as 30min or 1h (0 turns the limit off)`},
		{"allow_hazards: [long-lock, slow]\n",
			`retort.yaml:1:28: allow_hazards[1]: "slow" is not a hazard kind; use data-loss, table-rewrite, long-lock, irreversible, extension-version, in-use`},
		{"lock_retries: -1\n",
			"retort.yaml:1:15: lock_retries: want 0 or more, got -1; write how many times upgrade and downgrade try a revision again after a lock timeout, e.g. lock_retries: 2 (0: never)"},
		{"lock_retries: twice\n",
			`retort.yaml:1:15: lock_retries: want a whole number, got "twice"; write how many times upgrade and downgrade try a revision again after a lock timeout, e.g. lock_retries: 2 (0: never)`},
		{"environments: {prod: {lock_retries: 1.5}}\n",
			"retort.yaml:1:37: environments.prod.lock_retries: want a whole number, got a number (1.5); write how many times upgrade and downgrade try a revision again after a lock timeout, e.g. lock_retries: 2 (0: never)"},
		{"online: sometimes\n",
			`retort.yaml:1:9: online: want true or false, got "sometimes"; write true to plan lock-light operations (CONCURRENTLY, NOT VALID then VALIDATE), or false`},
	}
	for _, tt := range tests {
		f, err := Parse("retort.yaml", []byte(tt.yaml))
		if err == nil {
			_, err = f.Resolve("", env(nil))
		}
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\n got %v\nwant %s", tt.yaml, err, tt.want)
		}
	}
}

// TestResolveLockRetries reads lock_retries: the default when it is not
// set (or null), 0, and an environment's override.
func TestResolveLockRetries(t *testing.T) {
	f, err := Parse("/proj/retort.yaml", []byte("lock_retries: 5\nenvironments:\n  ci: {lock_retries: 0}\n  dev: {lock_retries: ~}\n  prod: {}\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range []string{"", "ci", "dev", "prod"} {
		c, err := f.Resolve(e, env(nil))
		if err != nil {
			t.Fatal(err)
		}
		got[e] = c.Retries()
	}
	want := map[string]int{"": 5, "ci": 0, "dev": DefaultLockRetries, "prod": 5}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	if c, err := (&File{Path: "/proj/retort.yaml"}).Resolve("", env(nil)); err != nil || c.LockRetries != nil || c.Retries() != 2 {
		t.Errorf("no lock_retries: %v, %v", c, err)
	}
}
