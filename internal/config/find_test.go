package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "other.yaml")
	if err := os.WriteFile(cfg, []byte("url: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "retort.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	tests := []struct {
		name, cwd, flag, env, want, wantErr string
	}{
		{name: "none", cwd: empty, want: ""},
		{name: "working directory", cwd: dir, want: "retort.yaml"},
		{name: "flag", cwd: empty, flag: cfg, want: cfg},
		{name: "flag directory", cwd: empty, flag: dir, want: filepath.Join(dir, "retort.yaml")},
		{name: "flag wins over env", cwd: empty, flag: cfg, env: "/nowhere.yaml", want: cfg},
		{name: "env", cwd: dir, env: cfg, want: cfg},
		{name: "flag missing", cwd: dir, flag: "nope.yaml",
			wantErr: "config file nope.yaml (from -c/--config) does not exist; check the path, or run retort init"},
		{name: "env missing", cwd: dir, env: "nope.yaml",
			wantErr: "config file nope.yaml (from RETORT_CONFIG) does not exist; check the path, or run retort init"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(tt.cwd)
			t.Setenv("RETORT_CONFIG", tt.env)
			got, err := Find(tt.flag)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("got error %v, want %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.flag, got, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "retort.yaml")
	if err := os.WriteFile(path, []byte("versions: v\nmodel: m.sql\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := f.Resolve("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != path || c.Versions[0] != filepath.Join(dir, "v") || c.Model.Path != filepath.Join(dir, "m.sql") {
		t.Errorf("got %+v", c)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("Load of a missing file: no error")
	}
}
