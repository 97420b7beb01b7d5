package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/config"
)

func TestTemplates(t *testing.T) {
	if d := cmp.Diff([]string{"multi", "single"}, Templates()); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestWrite(t *testing.T) {
	vars := map[string]string{
		"DATABASE_URL":         "postgres://u:pw@localhost/app",
		"APP_DATABASE_URL":     "postgres://u@localhost/app",
		"BILLING_DATABASE_URL": "postgres://u@localhost/billing",
	}
	getenv := func(name string) string { return vars[name] }
	tests := []struct {
		template string
		files    []string
		envs     []string
		check    func(t *testing.T, dir string, c *config.Config)
	}{
		{"single", []string{"README.md", "retort.yaml", "schema/schema.sql", "versions/.keep"}, []string{""},
			func(t *testing.T, dir string, c *config.Config) {
				want := config.Config{
					Path:     filepath.Join(dir, "retort.yaml"),
					URL:      "postgres://u:pw@localhost/app",
					Model:    config.Model{Path: filepath.Join(dir, "schema", "schema.sql")},
					Versions: []string{filepath.Join(dir, "versions")},
					// Every schema but the system ones: a schema the model
					// adds is not silently left out of autogenerate.
					Schemas:            config.Schemas{},
					VersionTable:       config.DefaultVersionTable,
					VersionTableSchema: config.DefaultVersionTableSchema,
					HistoryTable:       config.DefaultHistoryTable,
					FileTemplate:       config.DefaultFileTemplate,
					TruncateSlugLength: config.DefaultTruncateSlugLength,
					Timezone:           config.DefaultTimezone,
					Transaction:        config.TransactionPerRevision,
				}
				if d := cmp.Diff(&want, c); d != "" {
					t.Errorf("config (-want +got)\n%s", d)
				}
			}},
		{"multi", []string{"README.md", "app/public/schema.sql", "app/public/versions/.keep",
			"billing/billing/schema.sql", "billing/billing/versions/.keep", "retort.yaml"}, []string{"", "app", "billing"},
			func(t *testing.T, dir string, c *config.Config) {
				if c.Env == "" {
					return
				}
				layout := map[string][2]string{"app": {"app", "public"}, "billing": {"billing", "billing"}}[c.Env]
				db, schema := layout[0], layout[1] // project/<database>/<schema>
				got := []string{c.URL, c.Model.Path, strings.Join(c.Versions, ","), strings.Join(c.Schemas.Include, ","), c.VersionTableSchema}
				want := []string{vars[strings.ToUpper(db)+"_DATABASE_URL"], filepath.Join(dir, db, schema, "schema.sql"),
					filepath.Join(dir, db, schema, "versions"), schema, schema}
				if d := cmp.Diff(want, got); d != "" {
					t.Errorf("env %s (-want +got)\n%s", c.Env, d)
				}
				for _, p := range []string{c.Model.Path, c.Versions[0]} {
					if _, err := os.Stat(p); err != nil {
						t.Error(err)
					}
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.template, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "project")
			files, err := Write(dir, tt.template)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, f := range tt.files {
				want = append(want, filepath.FromSlash(f))
			}
			if d := cmp.Diff(want, files); d != "" {
				t.Errorf("files (-want +got)\n%s", d)
			}
			f, err := config.Load(filepath.Join(dir, "retort.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			for _, env := range tt.envs {
				c, err := f.Resolve(env, getenv)
				if err != nil {
					t.Fatalf("resolve %q: %v", env, err)
				}
				tt.check(t, dir, c)
				// Unset variables leave the url empty (libpq's PG*
				// variables) rather than fail commands that need no
				// database.
				if _, err := f.Resolve(env, func(string) string { return "" }); err != nil {
					t.Errorf("resolve %q with no variables set: %v", env, err)
				}
			}

			// A second run refuses, naming the first file in the way.
			_, err = Write(dir, tt.template)
			wantErr := "init: " + filepath.Join(dir, want[0]) + " exists already; retort init never overwrites a file: move it away or choose another directory"
			if err == nil || err.Error() != wantErr {
				t.Errorf("second Write: got %v, want %s", err, wantErr)
			}
		})
	}
}

func TestWriteRefusesWithoutWriting(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "schema"), 0o755); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, "schema", "schema.sql")
	if err := os.WriteFile(mine, []byte("-- mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Write(dir, "single")
	if err == nil || !strings.Contains(err.Error(), mine+" exists already") {
		t.Fatalf("got %v, want an error naming %s", err, mine)
	}
	data, _ := os.ReadFile(mine)
	if string(data) != "-- mine\n" {
		t.Errorf("existing file changed: %q", data)
	}
	if _, err := os.Stat(filepath.Join(dir, "retort.yaml")); err == nil {
		t.Error("retort.yaml written although Write refused")
	}
}

func TestWriteIntoExistingDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(dir, "single"); err != nil {
		t.Fatal(err)
	}
}

func TestWriteErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ dir, template, want string }{
		{dir, "double", `init: unknown template "double"; use one of: multi, single`},
		{dir, "../templates", `init: unknown template "../templates"; use one of: multi, single`},
		{file, "single", "init: " + file + " is a file, not a directory; choose another directory"},
	}
	for _, tt := range tests {
		_, err := Write(tt.dir, tt.template)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Write(%q, %q): got %v, want %s", tt.dir, tt.template, err, tt.want)
		}
	}
}
