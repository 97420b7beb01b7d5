package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/internal/sqlnorm"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
)

// TestLoadWithPrivileges materializes a YAML model with privileges and
// reads it back with them: owners, grants, revokes and default privileges
// are the model's, the public schema it does not mention keeps its own,
// and the same model as SQL compares equal.
func TestLoadWithPrivileges(t *testing.T) {
	pgtest.Exec(t, pgtest.NewDatabase(t), `
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;`)
	dir := t.TempDir()
	yaml := `schemas:
  app:
    tables:
      t:
        columns: {id: integer, note: text}
    functions:
      f(): {definition: "CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1'"}
privileges:
  schemas:
    app:
      owner: retort_t_owner
      grants: {retort_t_reader: [usage]}
      tables:
        t:
          owner: retort_t_owner
          grants: {retort_t_reader: [select]}
          columns:
            note: {grantable: {retort_t_reader: [update]}}
      functions:
        f(): {owner: retort_t_owner, revokes: {public: [execute]}}
  default_privileges:
    - {for_role: retort_t_owner, in_schema: app, objects: tables, grants: {retort_t_reader: [select]}}
`
	sql := `CREATE SCHEMA app AUTHORIZATION retort_t_owner;
GRANT USAGE ON SCHEMA app TO retort_t_reader;
CREATE TABLE app.t (id integer, note text);
ALTER TABLE app.t OWNER TO retort_t_owner;
GRANT SELECT ON app.t TO retort_t_reader;
GRANT UPDATE (note) ON app.t TO retort_t_reader WITH GRANT OPTION;
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
ALTER FUNCTION app.f() OWNER TO retort_t_owner;
REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA app GRANT SELECT ON TABLES TO retort_t_reader;
`
	for name, content := range map[string]string{"model.yaml": yaml, "model.sql": sql} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	l := NewLoader(Options{DevURL: pgtest.ServerURL(t), Introspect: introspect.Options{Privileges: true}})
	defer l.Close()
	fromYAML, err := l.Load(ctx, filepath.Join(dir, "model.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	fromSQL, err := l.Load(ctx, filepath.Join(dir, "model.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(fromSQL.Privileges, fromYAML.Privileges); d != "" {
		t.Errorf("privileges (-sql +yaml)\n%s", d)
	}
	if p := diff.CompareWith(fromSQL, fromYAML, diff.Options{Equivalence: sqlnorm.Trees{}}); !p.Empty() {
		t.Errorf("SQL and YAML models differ: %+v", p.Steps)
	}
	public := model.Securable{Kind: model.SecurableSchema, Name: "public"}
	found := false
	for _, g := range fromYAML.Privileges.Grants {
		found = found || (g.Object == public && g.Grantee == "public")
	}
	if !found {
		t.Errorf("the public schema lost its USAGE for PUBLIC: %+v", fromYAML.Privileges.Grants)
	}

	// Without --privileges the model's privileges are left out, with a
	// warning.
	var stderr bytes.Buffer
	plain := NewLoader(Options{DevURL: pgtest.ServerURL(t), Stderr: &stderr})
	defer plain.Close()
	s, err := plain.Load(ctx, filepath.Join(dir, "model.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Privileges != nil || !strings.Contains(stderr.String(), "--privileges") {
		t.Errorf("without privileges: %+v, stderr %q", s.Privileges, stderr.String())
	}
}
