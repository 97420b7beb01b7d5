package migrate

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestFormatParseRoundTrip(t *testing.T) {
	created := time.Date(2024, 4, 1, 17, 18, 0, 0, time.UTC)
	tests := []struct {
		name string
		rev  Revision
	}{
		{"base", Revision{ID: "1975ea83b712", Message: "create schema", Created: created, Upgrade: "CREATE SCHEMA s;", Downgrade: "DROP SCHEMA s;"}},
		{"merge", Revision{ID: "784a7abb86b7", Parents: []string{"1975ea83b712", "2b1ae634e5cd"}, Message: "merge heads", Created: created}},
		{"everything", Revision{ID: "55a1f3c8b7de", Parents: []string{"1975ea83b712"}, Message: "index: it's concurrent",
			Created: time.Date(2024, 4, 1, 19, 18, 0, 0, time.FixedZone("", 2*3600)), BranchLabels: []string{"ecommerce", "shop"},
			DependsOn: []string{"2b1ae634e5cd"}, NoTransaction: true,
			Upgrade: "-- comment\nCREATE INDEX CONCURRENTLY i ON t (a);\n\n  SELECT 1;", Downgrade: "DROP INDEX CONCURRENTLY i;"}},
		{"hand-made id, no created", Revision{ID: "v1_init", Upgrade: "SELECT 1;"}},
		{"empty sections", Revision{ID: "aaaaaaaaaaaa", Message: "empty"}},
	}
	ignore := cmpopts.IgnoreFields(Revision{}, "Path", "UpgradeLine", "DowngradeLine", "Checksum")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.rev.Format()
			got, err := ParseRevision("r.sql", data)
			if err != nil {
				t.Fatalf("parse:\n%s\n%v", data, err)
			}
			if d := cmp.Diff(&tt.rev, got, ignore); d != "" {
				t.Errorf("(-want +got)\n%s\nfile:\n%s", d, data)
			}
			if again := got.Format(); string(again) != string(data) {
				t.Errorf("format not stable:\n%s\nvs\n%s", data, again)
			}
			if got.Checksum != Checksum(data) || len(got.Checksum) != 64 {
				t.Errorf("checksum %q", got.Checksum)
			}
		})
	}
}

func TestFormatLayout(t *testing.T) {
	r := Revision{ID: "784a7abb86b7", Parents: []string{"1975ea83b712", "2b1ae634e5cd"}, Message: "create schema ecommerce",
		Created: time.Date(2024, 4, 1, 17, 18, 0, 0, time.UTC), BranchLabels: []string{"ecommerce"}, DependsOn: []string{"55a1f3c8b7de"},
		NoTransaction: true, Upgrade: "CREATE SCHEMA ecommerce;", Downgrade: "DROP SCHEMA ecommerce;"}
	want := `-- retort revision
-- Revision: 784a7abb86b7
-- Parents: 1975ea83b712, 2b1ae634e5cd
-- Message: create schema ecommerce
-- Created: 2024-04-01T17:18:00Z
-- Branch-Labels: ecommerce
-- Depends-On: 55a1f3c8b7de
-- Transaction: false

-- +retort upgrade
CREATE SCHEMA ecommerce;

-- +retort downgrade
DROP SCHEMA ecommerce;
`
	if d := cmp.Diff(want, string(r.Format())); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	got, err := ParseRevision("v/a.sql", []byte(want))
	if err != nil {
		t.Fatal(err)
	}
	if got.UpgradeLine != 11 || got.DowngradeLine != 14 || got.Path != "v/a.sql" {
		t.Errorf("lines %d %d path %q", got.UpgradeLine, got.DowngradeLine, got.Path)
	}
}

func TestParseErrors(t *testing.T) {
	const head = "-- retort revision\n-- Revision: aaaaaaaaaaaa\n"
	const sections = "-- +retort upgrade\nSELECT 1;\n-- +retort downgrade\n"
	tests := []struct {
		name, file, want string
	}{
		{"no magic line", "-- Revision: a\n" + sections, `f.sql:1: first line must be "-- retort revision"`},
		{"unknown key", head + "-- Author: me\n" + sections, `f.sql:3: unknown header key "Author"`},
		{"bad id", "-- retort revision\n-- Revision: a-b\n" + sections, `f.sql:2: revision id "a-b" must be letters`},
		{"bad parent", head + "-- Parents: abc, d e\n" + sections, `f.sql:3: Parents: "d e" is not an id`},
		{"bad created", head + "-- Created: yesterday\n" + sections, `f.sql:3: Created "yesterday" is not an RFC 3339 time`},
		{"bad transaction", head + "-- Transaction: no\n" + sections, `f.sql:3: Transaction must be true or false`},
		{"repeated key", head + "-- Message: a\n-- Message: b\n" + sections, `f.sql:4: header key Message repeated (first at line 3)`},
		{"not a header line", head + "CREATE TABLE t ();\n" + sections, `f.sql:3: header line "CREATE TABLE t ();" is not "-- Key: value"`},
		{"no revision", "-- retort revision\n-- Message: m\n" + sections, `f.sql:2: no "-- Revision: ID" header line`},
		{"no upgrade", head + "\n", `f.sql:4: no "-- +retort upgrade" section`},
		{"no downgrade", head + "-- +retort upgrade\nSELECT 1;\n", `f.sql:5: no "-- +retort downgrade" section`},
		{"downgrade first", head + "-- +retort downgrade\n-- +retort upgrade\n", `f.sql:3: "-- +retort downgrade" before "-- +retort upgrade"`},
		{"two upgrades", head + sections + "-- +retort upgrade\n", `f.sql:6: second "-- +retort upgrade" section (the first is at line 3)`},
		{"two downgrades", head + sections + "-- +retort downgrade\n", `f.sql:6: second "-- +retort downgrade" section (the first is at line 5)`},
		{"unknown marker", head + "-- +retort up\n", `f.sql:3: unknown section marker "-- +retort up"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRevision("f.sql", []byte(tt.file))
			if err == nil {
				t.Fatalf("no error")
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q\nwant prefix %q", err, tt.want)
			}
			if !errors.Is(err, ErrBadHeader) {
				t.Errorf("error %v is not ErrBadHeader", err)
			}
		})
	}
}

func TestNewID(t *testing.T) {
	a, b := NewID(), NewID()
	if len(a) != 12 || a == b || strings.Trim(a, "0123456789abcdef") != "" {
		t.Errorf("ids %q %q", a, b)
	}
}
