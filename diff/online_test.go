package diff

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// TestOnlineChoices checks where online mode keeps the plain operations:
// a changed index whose column changes type is dropped and created (the
// swap would keep an index the conversion rebuilds), and a partitioned
// table gets no CONCURRENTLY.
func TestOnlineChoices(t *testing.T) {
	table := func(colType, partitionKey string, ix ...model.Index) *model.Schema {
		return &model.Schema{
			Namespaces: []model.Namespace{{Name: "public"}},
			Tables: []model.Table{{Schema: "public", Name: "t", PartitionKey: partitionKey,
				Columns: []model.Column{{Name: "a", Type: colType}, {Name: "b", Type: "integer"}}, Indexes: ix}},
		}
	}
	ixA := model.Index{Name: "t_idx", Method: "btree", Keys: []model.IndexKey{{Column: "a"}}, Columns: []string{"a"}}
	ixAB := model.Index{Name: "t_idx", Method: "btree", Keys: []model.IndexKey{{Column: "a"}, {Column: "b"}}, Columns: []string{"a", "b"}}
	online := Options{Online: true}
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
		outside  bool
	}{
		{"changed index swapped", table("integer", "", ixA), table("integer", "", ixAB),
			[]string{"ReplaceIndexConcurrently"}, true},
		{"changed index over a converted column", table("integer", "", ixA), table("bigint", "", ixAB),
			[]string{"DropIndex", "AlterColumnType", "CreateIndex"}, true},
		{"partitioned table", table("integer", "RANGE (a)"), table("integer", "RANGE (a)", ixA),
			[]string{"CreateIndex"}, false},
		{"new table", &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}}, table("integer", "", ixA),
			[]string{"CreateTable t", "CreateIndex"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := CompareWith(tt.from, tt.to, online)
			if d := cmp.Diff(tt.want, opNames(p)); d != "" {
				t.Errorf("ops (-want +got)\n%s", d)
			}
			if got := p.OutsideTransaction(); got != tt.outside {
				t.Errorf("OutsideTransaction %v, want %v", got, tt.outside)
			}
		})
	}
}

func TestOnlineNames(t *testing.T) {
	long := strings.Repeat("x", 60)
	if n := tempIndexName(long); len(n) != maxIdentifier || !strings.HasSuffix(n, "_retort_new") {
		t.Errorf("tempIndexName: %q (%d bytes)", n, len(n))
	}
	if n := notNullCheckName(long, "email"); len(n) != maxIdentifier || !strings.HasSuffix(n, "_email_retort_not_null") {
		t.Errorf("notNullCheckName: %q (%d bytes)", n, len(n))
	}
	// The NOT NULL is set through a check named for its table and column;
	// render writes the check's statements.
	c := newComparison(&model.Schema{}, &model.Schema{})
	q := model.QualifiedName{Schema: "public", Name: "t"}
	c.setNotNullOnline(q, SetColumnNotNull{Table: q, Column: "email", NotNull: true})
	want := []Step{{Op: SetColumnNotNull{Table: q, Column: "email", NotNull: true, ViaCheck: "t_email_retort_not_null"}}}
	if d := cmp.Diff(want, c.steps[phAlterTable]); d != "" {
		t.Errorf("online NOT NULL (-want +got)\n%s", d)
	}
}

func TestHazardKindNames(t *testing.T) {
	for _, name := range HazardKindNames() {
		k, ok := ParseHazardKind(name)
		if !ok || k.String() != name {
			t.Errorf("%s does not parse back (%v, %v)", name, k, ok)
		}
	}
	if _, ok := ParseHazardKind("data_loss"); ok {
		t.Error("data_loss parsed")
	}
}
