package config

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParseErrors checks the exact messages of errors found when loading.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string
	}{
		{"unknown key", "url: x\ncolour: red\n",
			"retort.yaml:2:1: colour: unknown key; known keys: url, dev_url, model, versions, schemas, version_table, version_table_schema, history_table, file_template, truncate_slug_length, timezone, transaction, user_version, privileges, online, lock_timeout, lock_retries, statement_timeout, deny_hazards, allow_hazards, exclude_tables, versions_format, environments"},
		{"misspelt key", "verisons: v\n",
			"retort.yaml:1:1: verisons: unknown key; did you mean versions?"},
		{"unknown key in environment", "environments:\n  prod:\n    url: x\n    versoins: v\n",
			"retort.yaml:4:5: environments.prod.versoins: unknown key; did you mean versions?"},
		{"environments nested", "environments:\n  prod:\n    environments: {}\n",
			"retort.yaml:3:5: environments.prod.environments: environments cannot be nested; move it to the top level"},
		{"unknown key in schemas", "schemas:\n  include: [a]\n  exlude: [b]\n",
			"retort.yaml:3:3: schemas.exlude: unknown key; did you mean exclude?"},
		{"unknown key in environment model", "environments:\n  prod:\n    model: {file: x.sql}\n",
			"retort.yaml:3:13: environments.prod.model.file: unknown key; known keys: path, command"},
		{"duplicate key", "url: a\nversions: v\nurl: b\n",
			"retort.yaml:3:1: url: duplicate key (first at line 1); remove one of them"},
		{"not a mapping", "- url\n",
			"retort.yaml:1:1: want a mapping of keys, got a list; start from the file retort init writes"},
		{"url list", "url: [a]\n",
			`retort.yaml:1:6: url: want a string, got a list; write a PostgreSQL URL or key=value string, e.g. url: "${DATABASE_URL}"`},
		{"url scheme", "url: mysql://root:secret@h/db\n",
			`retort.yaml:1:6: url: scheme "mysql" is not postgres or postgresql; write postgres://user@host/dbname, or key=value pairs (host=... dbname=...)`},
		{"version_table bool", "version_table: true\n",
			"retort.yaml:1:16: version_table: want a string, got a boolean (true); write a table name, e.g. version_table: retort_version"},
		{"version_table empty", "version_table: ''\n",
			"retort.yaml:1:16: version_table: empty name; write a table name, e.g. version_table: retort_version"},
		{"version_table qualified", "version_table: meta.v\n",
			"retort.yaml:1:16: version_table: a table name, not schema.table; put the schema in version_table_schema"},
		{"history_table true", "history_table: true\n",
			"retort.yaml:1:16: history_table: want a string, got a boolean (true); write a table name, e.g. history_table: retort_version_history, or off to keep no history"},
		{"history_table same as version", "history_table: retort_version\n",
			"retort.yaml:1:16: history_table: same table as version_table; give the history its own table, or write off"},
		{"truncate_slug_length string", "truncate_slug_length: long\n",
			`retort.yaml:1:23: truncate_slug_length: want a whole number, got "long"; write a positive number of characters, e.g. truncate_slug_length: 40`},
		{"truncate_slug_length zero", "truncate_slug_length: 0\n",
			"retort.yaml:1:23: truncate_slug_length: want a positive number, got 0; write a positive number of characters, e.g. truncate_slug_length: 40"},
		{"versions mapping", "versions: {a: b}\n",
			"retort.yaml:1:11: versions: want a string or a list of strings, got a mapping; write a directory (versions: versions) or a list of directories"},
		{"versions nested list", "versions: [a, [b]]\n",
			"retort.yaml:1:15: versions[1]: want a string, got a list; write a directory (versions: versions) or a list of directories"},
		{"versions empty entry", "versions: [a, '']\n",
			"retort.yaml:1:15: versions[1]: empty directory name; write a directory (versions: versions) or a list of directories"},
		{"model url", "url: postgres://h/db\nmodel: postgres://u:secret@h/db\n",
			"retort.yaml:2:8: model: a model is a file, a directory or a command, not a URL (postgres://u:xxxxx@h/db); write model: schema.sql (or a directory, or model: {command: ...}); the database to compare goes in url:"},
		{"model both", "model: {path: a, command: b}\n",
			"retort.yaml:1:8: model: both path and command; keep one of them"},
		{"model number list", "model: [a]\n",
			`retort.yaml:1:8: model: want a path or a mapping, got a list; write a path (model: schema.sql) or a command (model: {command: "go run ./schema"})`},
		{"schemas both", "schemas: {include: [a], exclude: [a]}\n",
			"retort.yaml:1:35: schemas.exclude[0]: schema a is both included and excluded; keep it in one list"},
		{"bad transaction", "transaction: per-statement\n",
			`retort.yaml:1:14: transaction: "per-statement" is not a transaction mode; write per-revision (a transaction per revision) or per-run (one for the whole run)`},
		{"bad transaction in environment", "environments:\n  prod:\n    transaction: always\n",
			`retort.yaml:3:18: environments.prod.transaction: "always" is not a transaction mode; write per-revision (a transaction per revision) or per-run (one for the whole run)`},
		{"bad timezone", "timezone: Mars/Olympus\n",
			`retort.yaml:1:11: timezone: unknown time zone "Mars/Olympus"; write an IANA time zone name, e.g. timezone: UTC or timezone: Europe/Paris`},
		{"unknown token", "file_template: '{rev}_{name}'\n",
			"retort.yaml:1:16: file_template: unknown token {name}; use {rev} {slug} {epoch} {year} {month} {day} {hour} {minute} {second}"},
		{"environment not a mapping", "environments:\n  prod: postgres://x\n",
			`retort.yaml:2:9: environments.prod: want a mapping of overrides, got "postgres://x"; write a mapping of names to overrides, e.g. environments: {prod: {url: "${PROD_URL}"}}`},
		{"environments list", "environments: [prod]\n",
			`retort.yaml:1:15: environments: want a mapping, got a list; write a mapping of names to overrides, e.g. environments: {prod: {url: "${PROD_URL}"}}`},
		{"unterminated variable", "url: ${DATABASE_URL\n",
			"retort.yaml:1:6: url: unterminated ${ (no closing }); close it, or write $${ for a literal ${"},
		{"bad variable name", "url: ${1X}\n",
			`retort.yaml:1:6: url: bad variable name "1X" in ${1X}; write ${NAME} or ${NAME:-default}, NAME of letters, digits and _`},
		{"yaml syntax", "url: a\n  b: c\n",
			"retort.yaml:2: invalid YAML: mapping values are not allowed in this context; fix the syntax"},
		{"two documents", "url: a\n---\nurl: b\n",
			"retort.yaml:2:1: a second YAML document; keep one document in the file (remove the ---)"},
		{"password masked", "url: postgres://u:hunter2@h/db\nversion_table: [x]\n",
			"retort.yaml:2:16: version_table: want a string, got a list; write a table name, e.g. version_table: retort_version"},
		{"password masked in value", "environments:\n  prod: postgres://u:hunter2@h/db\n",
			`retort.yaml:2:9: environments.prod: want a mapping of overrides, got "postgres://u:xxxxx@h/db"; write a mapping of names to overrides, e.g. environments: {prod: {url: "${PROD_URL}"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("retort.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			if d := cmp.Diff(tt.want, err.Error()); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestResolveErrors checks the errors that depend on the environment.
func TestResolveErrors(t *testing.T) {
	const file = `url: "${DATABASE_URL}"
timezone: ${TZ:-UTC}
environments:
  prod:
    url: postgres://u@prod/db
    transaction: ${TX}
`
	tests := []struct {
		name string
		env  string
		vars map[string]string
		want string
	}{
		{"missing variable", "", nil,
			"retort.yaml:1:6: url: environment variable DATABASE_URL is not set; set it, or give a default: ${DATABASE_URL:-default}"},
		{"missing variable in environment", "prod", nil,
			"retort.yaml:6:18: environments.prod.transaction: environment variable TX is not set; set it, or give a default: ${TX:-default}"},
		{"bad expanded value", "prod", map[string]string{"TX": "sometimes"},
			`retort.yaml:6:18: environments.prod.transaction: "sometimes" is not a transaction mode; write per-revision (a transaction per revision) or per-run (one for the whole run)`},
		{"bad expanded timezone", "prod", map[string]string{"TX": "per-run", "TZ": "Nowhere/Land"},
			`retort.yaml:2:11: timezone: unknown time zone "Nowhere/Land"; write an IANA time zone name, e.g. timezone: UTC or timezone: Europe/Paris`},
		{"expanded url masked", "", map[string]string{"DATABASE_URL": "mysql://root:hunter2@h/db"},
			`retort.yaml:1:6: url: scheme "mysql" is not postgres or postgresql; write postgres://user@host/dbname, or key=value pairs (host=... dbname=...)`},
		{"unknown environment", "staging", nil,
			`retort.yaml: unknown environment "staging"; known environments: prod`},
	}
	f, err := Parse("retort.yaml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.Resolve(tt.env, env(tt.vars))
			if err == nil {
				t.Fatal("no error")
			}
			if d := cmp.Diff(tt.want, err.Error()); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func TestResolveNoEnvironments(t *testing.T) {
	f, err := Parse("retort.yaml", []byte("url: x\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Resolve("prod", env(nil))
	want := `retort.yaml: unknown environment "prod"; the file defines no environments; add them under environments:`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
