package config

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// want returns the Config of /proj/retort.yaml with the defaults, changed
// by edit.
func want(edit func(c *Config)) *Config {
	c := &Config{
		Path:               "/proj/retort.yaml",
		VersionTable:       "retort_version",
		VersionTableSchema: "public",
		HistoryTable:       "retort_version_history",
		FileTemplate:       "{year}_{month:02}_{day:02}_{hour:02}{minute:02}-{rev}_{slug}",
		TruncateSlugLength: 40,
		Timezone:           "UTC",
		Transaction:        "per-revision",
	}
	if edit != nil {
		edit(c)
	}
	return c
}

func env(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func TestResolveKeys(t *testing.T) {
	vars := env(map[string]string{"DATABASE_URL": "postgres://app@db/app", "SHA": "abc123", "VDIR": "v2"})
	tests := []struct {
		name string
		yaml string
		env  string
		want *Config
	}{
		{"empty file", "", "", want(nil)},
		{"comments only", "# nothing\n", "", want(nil)},
		{"url", "url: postgres://u@h/db\n", "", want(func(c *Config) { c.URL = "postgres://u@h/db" })},
		{"url key=value", "url: host=h dbname=db\n", "", want(func(c *Config) { c.URL = "host=h dbname=db" })},
		{"url from variable", `url: "${DATABASE_URL}"` + "\n", "", want(func(c *Config) { c.URL = "postgres://app@db/app" })},
		{"url empty variable default", `url: "${NOPE:-}"` + "\n", "", want(nil)},
		{"url null", "url:\n", "", want(nil)},
		{"dev_url", "dev_url: postgresql://u@dev/postgres\n", "", want(func(c *Config) { c.DevURL = "postgresql://u@dev/postgres" })},
		{"model short", "model: schema/schema.sql\n", "", want(func(c *Config) { c.Model.Path = "/proj/schema/schema.sql" })},
		{"model absolute", "model: /models\n", "", want(func(c *Config) { c.Model.Path = "/models" })},
		{"model path", "model: {path: schema}\n", "", want(func(c *Config) { c.Model.Path = "/proj/schema" })},
		{"model command", "model: {command: go run ./schema}\n", "", want(func(c *Config) { c.Model.Command = "go run ./schema" })},
		{"versions short", "versions: versions\n", "", want(func(c *Config) { c.Versions = []string{"/proj/versions"} })},
		{"versions list", "versions: [a, ../b, /c, '${VDIR}']\n", "", want(func(c *Config) { c.Versions = []string{"/proj/a", "/b", "/c", "/proj/v2"} })},
		{"versions block list", "versions:\n  - a\n  - b\n", "", want(func(c *Config) { c.Versions = []string{"/proj/a", "/proj/b"} })},
		{"schemas short", "schemas: [public, sales]\n", "", want(func(c *Config) { c.Schemas.Include = []string{"public", "sales"} })},
		{"schemas one", "schemas: sales\n", "", want(func(c *Config) { c.Schemas.Include = []string{"sales"} })},
		{"schemas long", "schemas:\n  include: [a]\n  exclude: [b, c]\n", "", want(func(c *Config) {
			c.Schemas = Schemas{Include: []string{"a"}, Exclude: []string{"b", "c"}}
		})},
		{"schemas exclude only", "schemas: {exclude: [tmp]}\n", "", want(func(c *Config) { c.Schemas.Exclude = []string{"tmp"} })},
		{"version_table", "version_table: alembic_version\n", "", want(func(c *Config) { c.VersionTable = "alembic_version" })},
		{"version_table_schema", "version_table_schema: meta\n", "", want(func(c *Config) { c.VersionTableSchema = "meta" })},
		{"history_table", "history_table: audit\n", "", want(func(c *Config) { c.HistoryTable = "audit" })},
		{"history_table off", "history_table: off\n", "", want(func(c *Config) { c.HistoryTable = "" })},
		{"history_table false", "history_table: false\n", "", want(func(c *Config) { c.HistoryTable = "" })},
		{"history_table null is default", "history_table: ~\n", "", want(nil)},
		{"file_template", "file_template: '{rev}_{slug}'\n", "", want(func(c *Config) { c.FileTemplate = "{rev}_{slug}" })},
		{"truncate_slug_length", "truncate_slug_length: 60\n", "", want(func(c *Config) { c.TruncateSlugLength = 60 })},
		{"timezone", "timezone: Europe/Paris\n", "", want(func(c *Config) { c.Timezone = "Europe/Paris" })},
		{"transaction per-run", "transaction: per-run\n", "", want(func(c *Config) { c.Transaction = "per-run" })},
		{"user_version", "user_version: ${SHA}\n", "", want(func(c *Config) { c.UserVersion = "abc123" })},
		{"user_version number", "user_version: 1.10\n", "", want(func(c *Config) { c.UserVersion = "1.10" })},
		{"literal dollar brace", "user_version: 'a$${b}$c'\n", "", want(func(c *Config) { c.UserVersion = "a${b}$c" })},
		{"default", "user_version: ${NOPE:-dev build}\n", "", want(func(c *Config) { c.UserVersion = "dev build" })},
		{"alias", "versions: &v [a]\nenvironments: {e: {versions: *v}}\n", "e", want(func(c *Config) {
			c.Env = "e"
			c.Versions = []string{"/proj/a"}
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("/proj/retort.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			got, err := f.Resolve(tt.env, vars)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

const envYAML = `url: postgres://u@main/app
versions: versions
schemas: [public]
history_table: audit
transaction: per-run
environments:
  billing:
    url: "${BILLING_URL}"
    versions: [billing/versions]
    schemas: {include: [billing]}
    version_table_schema: billing
    model: {command: ./gen-billing}
  nohistory:
    history_table: off
    transaction: ~
  empty:
`

func TestResolveEnvironments(t *testing.T) {
	vars := env(map[string]string{"BILLING_URL": "postgres://u@billing/billing"})
	top := want(func(c *Config) {
		c.URL = "postgres://u@main/app"
		c.Versions = []string{"/proj/versions"}
		c.Schemas.Include = []string{"public"}
		c.HistoryTable = "audit"
		c.Transaction = "per-run"
	})
	tests := []struct {
		env  string
		want *Config
	}{
		{"", top},
		{"billing", want(func(c *Config) {
			*c = *top
			c.Env = "billing"
			c.URL = "postgres://u@billing/billing"
			c.Versions = []string{"/proj/billing/versions"}
			c.Schemas.Include = []string{"billing"}
			c.VersionTableSchema = "billing"
			c.Model.Command = "./gen-billing"
		})},
		{"nohistory", want(func(c *Config) {
			*c = *top
			c.Env = "nohistory"
			c.HistoryTable = ""
			c.Transaction = "per-revision" // null: back to the default
		})},
		{"empty", want(func(c *Config) {
			*c = *top
			c.Env = "empty"
		})},
	}
	f, err := Parse("/proj/retort.yaml", []byte(envYAML))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"billing", "nohistory", "empty"}, f.Environments()); d != "" {
		t.Errorf("Environments (-want +got)\n%s", d)
	}
	for _, tt := range tests {
		t.Run(tt.env, func(t *testing.T) {
			got, err := f.Resolve(tt.env, vars)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func TestDatabaseURL(t *testing.T) {
	for _, url := range []string{"", "postgres://u@h/db"} {
		c := &Config{URL: url}
		if got := c.DatabaseURL(); got != url {
			t.Errorf("DatabaseURL() = %q, want %q", got, url)
		}
	}
}
