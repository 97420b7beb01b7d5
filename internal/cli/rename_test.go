package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWorkflowRename checks renames end to end: a model without the
// annotation gets a warning naming it, one with annotations gets a
// revision that renames (and renames back on downgrade), keeps the rows,
// and leaves check satisfied with the annotations still in the model.
func TestWorkflowRename(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE TABLE users (id int CONSTRAINT users_pkey PRIMARY KEY, fullname text);\n")
	p.run(0, "revision", "--autogenerate", "-m", "users", "--rev-id", "aaaaaaaaaaaa")
	p.run(0, "upgrade")
	p.query("INSERT INTO users VALUES (1, 'ada'), (2, 'grace') RETURNING 'x'")

	p.model("CREATE TABLE users (id int CONSTRAINT users_pkey PRIMARY KEY, full_name text);\n")
	_, errs := p.run(0, "revision", "--autogenerate", "-m", "unannotated", "--rev-id", "cccccccccccc")
	hint := "retort: warning: column public.users.fullname is dropped and public.users.full_name added with the same type: if it is a rename, write renamed_from: fullname on the column public.users.full_name (SQL: -- retort:renamed-from fullname)"
	if !strings.Contains(errs, hint) {
		t.Errorf("revision without the annotation: stderr lacks the hint\n%s", errs)
	}
	if err := os.Remove(filepath.Join(p.dir, "versions", "cccccccccccc_unannotated.sql")); err != nil {
		t.Fatal(err)
	}

	p.model(`-- retort:renamed-from users
CREATE TABLE people (
    id int,
    -- retort:renamed-from fullname
    full_name text,
    -- retort:renamed-from users_pkey
    CONSTRAINT people_pkey PRIMARY KEY (id)
);
`)
	p.run(0, "revision", "--autogenerate", "-m", "people", "--rev-id", "bbbbbbbbbbbb")
	body, err := os.ReadFile(filepath.Join(p.dir, "versions", "bbbbbbbbbbbb_people.sql"))
	if err != nil {
		t.Fatal(err)
	}
	up, down, _ := strings.Cut(string(body), "-- +retort downgrade")
	for _, want := range []string{
		"ALTER TABLE public.users RENAME TO people;",
		"ALTER TABLE public.people RENAME COLUMN fullname TO full_name;",
		"ALTER TABLE public.people RENAME CONSTRAINT users_pkey TO people_pkey;",
	} {
		if !strings.Contains(up, want) {
			t.Errorf("upgrade section lacks %q:\n%s", want, body)
		}
	}
	for _, want := range []string{
		"ALTER TABLE public.people RENAME TO users;",
		"ALTER TABLE public.users RENAME COLUMN full_name TO fullname;",
		"ALTER TABLE public.users RENAME CONSTRAINT people_pkey TO users_pkey;",
	} {
		if !strings.Contains(down, want) {
			t.Errorf("downgrade section lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(string(body), "DROP") {
		t.Errorf("revision drops something:\n%s", body)
	}
	p.run(0, "upgrade")
	if got := p.query("SELECT string_agg(full_name, ',' ORDER BY id) FROM people"); got != "ada,grace" {
		t.Errorf("rows after the rename: %q", got)
	}
	// The annotations stay in the model: check sees no difference.
	p.run(0, "check")
	out, _ := p.run(0, "revision", "--autogenerate", "-m", "nothing")
	if !strings.Contains(out, "No changes") {
		t.Errorf("revision with the annotations applied: %s", out)
	}
	p.run(0, "downgrade", "-1")
	if got := p.query("SELECT string_agg(fullname, ',' ORDER BY id) FROM users"); got != "ada,grace" {
		t.Errorf("rows after the rename back: %q", got)
	}
}
