package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestComparePartitions(t *testing.T) {
	cols := []model.Column{{Name: "id", Type: "integer", NotNull: true}}
	parent := func(name, key string) model.Table {
		return model.Table{Schema: "public", Name: name, PartitionKey: key, Columns: cols}
	}
	part := func(name, of, bound, key string) model.Table {
		return model.Table{
			Schema: "public", Name: name, PartitionKey: key, Columns: cols,
			PartitionOf: &model.QualifiedName{Schema: "public", Name: of}, PartitionBound: bound,
		}
	}
	schema := func(tables ...model.Table) *model.Schema {
		return &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}, Tables: tables}
	}
	// partitions listed before their parents, as names may sort
	tree := schema(
		part("a_1", "a", "FOR VALUES FROM (1) TO (10)", "RANGE (id)"),
		part("a_1_x", "a_1", "DEFAULT", ""),
		parent("a", "RANGE (id)"),
	)
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		{"create parents first", schema(), tree,
			[]string{"CreateTable a", "CreateTable a_1", "CreateTable a_1_x"}},
		{"drop partitions first", tree, schema(),
			[]string{"DropTable a_1_x", "DropTable a_1", "DropTable a"}},
		{"bound change detaches and attaches", tree, schema(
			part("a_1", "a", "FOR VALUES FROM (1) TO (20)", "RANGE (id)"),
			part("a_1_x", "a_1", "DEFAULT", ""),
			parent("a", "RANGE (id)"),
		), []string{"DetachPartition", "AttachPartition"}},
		{"column changes follow the parent", schema(parent("a", "RANGE (id)"), part("a_1", "a", "DEFAULT", "")),
			schema(
				model.Table{Schema: "public", Name: "a", PartitionKey: "RANGE (id)", Columns: append(cols, model.Column{Name: "v", Type: "text"})},
				model.Table{Schema: "public", Name: "a_1", Columns: append(cols, model.Column{Name: "v", Type: "text"}),
					PartitionOf: &model.QualifiedName{Schema: "public", Name: "a"}, PartitionBound: "DEFAULT"},
			), []string{"AddColumn"}},
		{"re-created parent re-creates its partitions", schema(parent("a", "RANGE (id)"), part("a_1", "a", "DEFAULT", "")),
			schema(parent("a", "LIST (id)"), part("a_1", "a", "DEFAULT", "")),
			[]string{"DropTable a_1", "DropTable a", "CreateTable a", "CreateTable a_1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, opNames(Compare(tt.from, tt.to))); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
