package yamlmodel_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model/yamlmodel"
)

// TestYAMLRoundTripPrivileges encodes graphile_starter, read with its
// privileges (grants on schemas, tables, columns and functions, revokes
// from PUBLIC, default privileges), and requires the decoded YAML to hold
// the same privileges, and to encode the same again.
func TestYAMLRoundTripPrivileges(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the corpus")
	}
	const name = "graphile_starter"
	url := pgtest.LoadCorpus(t, name)
	want, err := introspect.Schema(context.Background(), pgtest.Connect(t, url), introspect.Options{Privileges: true})
	if err != nil {
		t.Fatal(err)
	}
	if want.Privileges == nil || len(want.Privileges.Grants) == 0 || len(want.Privileges.DefaultGrants) == 0 {
		t.Fatalf("expected grants and default privileges, read %+v", want.Privileges)
	}
	data, err := yamlmodel.Encode(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := yamlmodel.Decode(name+".yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want.Privileges, got.Privileges); d != "" {
		t.Errorf("decode(encode(s)) privileges differ (-introspected +decoded):\n%s", d)
	}
	again, err := yamlmodel.Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(withoutComment(data)), string(again)); d != "" {
		t.Errorf("encode(decode(yaml)) differs (-first +second):\n%s", d)
	}
}
