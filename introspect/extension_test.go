package introspect

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// TestExtensionObjectsExcluded checks that an extension is listed but
// nothing that belongs to it is: not its types, functions, operators,
// tables or the schema it created. owned.inside is
// not a member itself but lives in a member schema.
func TestExtensionObjectsExcluded(t *testing.T) {
	url := load(t, `
		CREATE EXTENSION citext;
		COMMENT ON EXTENSION citext IS 'case-insensitive text';
		CREATE SCHEMA ext;
		CREATE EXTENSION cube SCHEMA ext;
		CREATE EXTENSION earthdistance SCHEMA ext;
		CREATE EXTENSION btree_gist;
		CREATE TABLE t (name public.citext, c ext.cube[]);
		-- make some objects members the way an extension script would
		CREATE SCHEMA owned;
		CREATE TABLE owned.inside (id int);
		CREATE TABLE member (id serial PRIMARY KEY);
		CREATE SEQUENCE member_seq;
		CREATE TYPE member_enum AS ENUM ('x');
		CREATE VIEW member_view AS SELECT 1 AS one;
		CREATE FUNCTION member_f() RETURNS int LANGUAGE sql AS 'SELECT 1';
		ALTER EXTENSION citext ADD SCHEMA owned;
		ALTER EXTENSION citext ADD TABLE member;
		ALTER EXTENSION citext ADD SEQUENCE member_id_seq;
		ALTER EXTENSION citext ADD SEQUENCE member_seq;
		ALTER EXTENSION citext ADD TYPE member_enum;
		ALTER EXTENSION citext ADD VIEW member_view;
		ALTER EXTENSION citext ADD FUNCTION member_f();`)
	want := &model.Schema{
		Namespaces: []model.Namespace{{Name: "ext"}, public},
		Extensions: []model.Extension{
			{Name: "btree_gist", Schema: "public", Comment: "support for indexing common datatypes in GiST"},
			{Name: "citext", Schema: "public", Comment: "case-insensitive text"},
			{Name: "cube", Schema: "ext", Comment: "data type for multidimensional cubes"},
			{Name: "earthdistance", Schema: "ext", Requires: []string{"cube"}, Comment: "calculate great-circle distances on the surface of the Earth"},
		},
		Tables: []model.Table{{
			Schema: "public", Name: "t",
			Columns: []model.Column{
				{Name: "name", Type: "public.citext", TypeRef: model.QualifiedName{Schema: "public", Name: "citext"}},
				{Name: "c", Type: "ext.cube[]", TypeRef: model.QualifiedName{Schema: "ext", Name: "cube"}},
			},
		}},
	}
	// Each major ships its own versions: the extensions were created at
	// their default versions, which the server's control files say.
	conn := pgtest.Connect(t, url)
	for i := range want.Extensions {
		x := &want.Extensions[i]
		if err := conn.QueryRow(context.Background(),
			"SELECT default_version FROM pg_available_extensions WHERE name = $1", x.Name).Scan(&x.Version); err != nil {
			t.Fatal(err)
		}
		x.DefaultVersion = x.Version
	}
	got := read(t, url, Options{})
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
