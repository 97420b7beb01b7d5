package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestCollations(t *testing.T) {
	url := load(t, `
		CREATE COLLATION mb (provider = icu, locale = '@colCaseFirst=lower;colNumeric=yes');
		CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
		CREATE COLLATION "Plain C" (locale = 'C');
		CREATE COLLATION mixed (lc_collate = 'C', lc_ctype = 'POSIX');
		COMMENT ON COLLATION mixed IS 'two locales';
		CREATE EXTENSION citext;
		CREATE TABLE t (a text COLLATE mb);`)
	got := read(t, url, Options{})
	want := []model.Collation{
		{Schema: "public", Name: "Plain C", Provider: "libc", Locale: "C", Deterministic: true},
		{Schema: "public", Name: "ci", Provider: "icu", Locale: "und-u-ks-level2"},
		{Schema: "public", Name: "mb", Provider: "icu", Locale: "@colCaseFirst=lower;colNumeric=yes", Deterministic: true},
		{Schema: "public", Name: "mixed", Provider: "libc", Collate: "C", Ctype: "POSIX", Deterministic: true, Comment: "two locales"},
	}
	if d := cmp.Diff(want, got.Collations); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	if d := cmp.Diff(qn("public", "mb"), got.Tables[0].Columns[0].Collation); d != "" {
		t.Errorf("column collation (-want +got)\n%s", d)
	}
	for _, u := range got.Unmanaged {
		if u.Kind == "collation" {
			t.Errorf("collation still listed as unmanaged: %v", u)
		}
	}
}
