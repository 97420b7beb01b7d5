package config

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestResolvePrivileges(t *testing.T) {
	const yaml = `privileges: true
environments:
  dev:
    privileges: false
  reset:
    privileges: ~
  same:
`
	f, err := Parse("/proj/retort.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	for name, wantPriv := range map[string]bool{"": true, "dev": false, "reset": false, "same": true} {
		got, err := f.Resolve(name, env(nil))
		if err != nil {
			t.Fatal(err)
		}
		if got.Privileges != wantPriv {
			t.Errorf("environment %q: Privileges %v, want %v", name, got.Privileges, wantPriv)
		}
	}
	none, err := Parse("/proj/retort.yaml", []byte("url: postgres://h/db\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := none.Resolve("", env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want(func(c *Config) { c.URL = "postgres://h/db" }), c); d != "" {
		t.Errorf("default (-want +got)\n%s", d)
	}
}

func TestPrivilegesError(t *testing.T) {
	_, err := Parse("retort.yaml", []byte("privileges: yes please\n"))
	want := `retort.yaml:1:13: privileges: want true or false, got "yes please"; write true to compare owners and privileges too, or false`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
