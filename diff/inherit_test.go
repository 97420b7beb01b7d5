package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// stepTexts describes a plan's steps as "Op table[.column] detail", in
// order, for the inheritance and rule tests.
func stepTexts(p *Plan) []string {
	var out []string
	for _, s := range p.Steps {
		name := strings.TrimPrefix(fmt.Sprintf("%T", s.Op), "diff.")
		switch op := s.Op.(type) {
		case CreateTable:
			name += " " + op.Table.Name
			for _, q := range op.Table.Inherits {
				name += " <" + q.Name
			}
		case DropTable:
			name += " " + op.Table.Name
		case AddColumn:
			name += " " + op.Table.Name + "." + op.Column.Name
		case DropColumn:
			name += " " + op.Table.Name + "." + op.Column.Name
		case AlterColumnType:
			name += " " + op.Table.Name + "." + op.Column + " " + op.To
		case SetColumnDefault:
			name += " " + op.Table.Name + "." + op.Column + " " + op.Default
		case DropColumnDefault:
			name += " " + op.Table.Name + "." + op.Column
		case SetColumnNotNull:
			name += fmt.Sprintf(" %s.%s %v", op.Table.Name, op.Column, op.NotNull)
		case SetColumnStatistics:
			name += " " + op.Table.Name + "." + op.Column
		case SetColumnStorage:
			name += " " + op.Table.Name + "." + op.Column + " " + op.Storage.String()
		case AddConstraint:
			name += " " + op.Table.Name + "." + op.Constraint.Name
		case DropConstraint:
			name += " " + op.Table.Name + "." + op.Constraint.Name
		case AddInherit:
			name += " " + op.Table.Name + " " + op.Parent.Name
		case DropInherit:
			name += " " + op.Table.Name + " " + op.Parent.Name
		case CreateRule:
			name += " " + op.Table.Name + "." + op.Rule.Name
		case ReplaceRule:
			name += " " + op.Table.Name + "." + op.To.Name
		case DropRule:
			name += " " + op.Table.Name + "." + op.Rule.Name
		case SetRuleEnabled:
			name += fmt.Sprintf(" %s.%s %d", op.Table.Name, op.Name, op.Enabled)
		case SetComment:
			name += " " + op.Target.Name + "." + op.Target.Sub + " " + op.Comment
		case CreateView:
			name += " " + op.View.Name
		case DropView:
			name += " " + op.View.Name
		}
		out = append(out, name)
	}
	return out
}

func pub(name string) model.QualifiedName { return model.QualifiedName{Schema: "public", Name: name} }

func schemaOf(tables ...model.Table) *model.Schema {
	return &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}, Tables: tables}
}

func TestCompareInheritance(t *testing.T) {
	col := func(name, typ string) model.Column { return model.Column{Name: name, Type: typ} }
	table := func(name string, parents []string, cols ...model.Column) model.Table {
		tb := model.Table{Schema: "public", Name: name, Columns: cols}
		for _, p := range parents {
			tb.Inherits = append(tb.Inherits, pub(p))
		}
		return tb
	}
	items := table("items", nil, col("id", "integer"), model.Column{Name: "qty", Type: "integer", Default: "1"})
	books := table("books", []string{"items"}, col("isbn", "text"))
	ebooks := table("ebooks", []string{"books"}, col("url", "text"))
	with := func(tb model.Table, f func(*model.Table)) model.Table {
		tb.Columns = append([]model.Column(nil), tb.Columns...)
		tb.Constraints = append([]model.Constraint(nil), tb.Constraints...)
		f(&tb)
		return tb
	}
	check := model.Constraint{Name: "id_positive", Kind: model.Check, Expression: "(id > 0)"}

	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
		warning  string
	}{
		{"create parents first, listed in any order", schemaOf(), schemaOf(ebooks, books, items),
			[]string{"CreateTable items", "CreateTable books <items", "CreateTable ebooks <books"}, ""},
		{"drop children first", schemaOf(ebooks, books, items), schemaOf(),
			[]string{"DropTable ebooks", "DropTable books", "DropTable items"}, ""},
		{"a column added to the parent is not added to its children",
			schemaOf(items, books, ebooks),
			schemaOf(with(items, func(t *model.Table) { t.Columns = append(t.Columns, col("price", "numeric")) }), books, ebooks),
			[]string{"AddColumn items.price"}, ""},
		{"a column dropped from the parent goes from its children with it",
			schemaOf(with(items, func(t *model.Table) { t.Columns = append(t.Columns, col("old", "text")) }), books, ebooks),
			schemaOf(items, books, ebooks),
			[]string{"DropColumn items.old"}, ""},
		{"a type changed on the parent changes its children",
			schemaOf(items, with(books, func(t *model.Table) { t.Columns = append(t.Columns, col("id", "integer")) }), ebooks),
			schemaOf(with(items, func(t *model.Table) { t.Columns[0].Type = "bigint" }),
				with(books, func(t *model.Table) { t.Columns = append(t.Columns, col("id", "bigint")) }), ebooks),
			[]string{"AlterColumnType items.id bigint"}, ""},
		{"a parent's default reaches the child, which sets its own again",
			schemaOf(items, with(books, func(t *model.Table) { t.InheritedColumns = []model.Column{{Name: "qty", Default: "5"}} }), ebooks),
			schemaOf(with(items, func(t *model.Table) { t.Columns[1].Default = "2" }),
				with(books, func(t *model.Table) { t.InheritedColumns = []model.Column{{Name: "qty", Default: "5"}} }), ebooks),
			[]string{"SetColumnDefault items.qty 2", "SetColumnDefault books.qty 5"}, ""},
		{"a child drops a default its parent's change gives it, after that change",
			schemaOf(with(items, func(t *model.Table) { t.Columns[1].Default = "" }), books, ebooks),
			schemaOf(items, with(books, func(t *model.Table) { t.InheritedColumns = []model.Column{{Name: "qty"}} }), ebooks),
			[]string{"SetColumnDefault items.qty 1", "DropColumnDefault books.qty"}, ""},
		{"a child's own settings on an inherited column",
			schemaOf(items, books),
			schemaOf(items, with(books, func(t *model.Table) {
				t.InheritedColumns = []model.Column{{Name: "id", NotNull: true, Storage: model.StoragePlain, Comment: "the id"}, {Name: "qty"}}
			})),
			[]string{"DropColumnDefault books.qty", "SetColumnNotNull books.id true", "SetColumnStorage books.id PLAIN", "SetComment books.id the id"}, ""},
		{"a new child gets its own settings after CREATE TABLE",
			schemaOf(items),
			schemaOf(items, with(books, func(t *model.Table) {
				t.Columns = append(t.Columns, col("qty", "integer")) // declared, without the parent's default
				t.InheritedColumns = []model.Column{{Name: "id", NotNull: true}}
			})),
			[]string{"CreateTable books <items", "SetColumnNotNull books.id true", "DropColumnDefault books.qty"}, ""},
		{"a child declares a column its parent gains: the child's comes first",
			schemaOf(items, books),
			schemaOf(with(items, func(t *model.Table) { t.Columns = append(t.Columns, col("note", "text")) }),
				with(books, func(t *model.Table) { t.Columns = append(t.Columns, col("note", "text")) })),
			[]string{"AddColumn books.note", "AddColumn items.note"}, ""},
		{"a link added after the child has the parent's columns and checks",
			schemaOf(with(items, func(t *model.Table) { t.Constraints = []model.Constraint{check} }),
				table("loose", nil, col("isbn", "text"))),
			schemaOf(with(items, func(t *model.Table) { t.Constraints = []model.Constraint{check} }),
				table("loose", []string{"items"}, col("isbn", "text"), col("id", "integer"), model.Column{Name: "qty", Type: "integer", Default: "1"})),
			[]string{"AddColumn loose.id", "AddColumn loose.qty", "AddConstraint loose.id_positive", "AddInherit loose items"},
			"loose needs check id_positive before it can inherit from public.items"},
		{"a link removed before the parent's columns change; the child keeps them",
			schemaOf(with(items, func(t *model.Table) { t.Constraints = []model.Constraint{check} }), books),
			schemaOf(table("items", nil, col("id", "integer")),
				table("books", nil, col("isbn", "text"), col("id", "integer"), model.Column{Name: "qty", Type: "integer", Default: "1"})),
			[]string{"DropInherit books items", "DropConstraint items.id_positive", "DropConstraint books.id_positive", "DropColumn items.qty"}, ""},
		{"a declared column cannot become inherited only",
			schemaOf(items, with(books, func(t *model.Table) { t.Columns = append(t.Columns, col("id", "integer")) })),
			schemaOf(items, books),
			nil, "column id of public.books stays declared on the child as well as inherited"},
		{"a declared check cannot become inherited only",
			schemaOf(with(items, func(t *model.Table) { t.Constraints = []model.Constraint{check} }),
				with(books, func(t *model.Table) { t.Constraints = []model.Constraint{check} })),
			schemaOf(with(items, func(t *model.Table) { t.Constraints = []model.Constraint{check} }), books),
			nil, "constraint id_positive of public.books stays declared on the child as well as inherited"},
		{"a check changed on the parent: the child's declared copy follows it",
			schemaOf(with(items, func(t *model.Table) { t.Constraints = []model.Constraint{check} }),
				with(books, func(t *model.Table) { t.Constraints = []model.Constraint{check} })),
			schemaOf(with(items, func(t *model.Table) {
				t.Constraints = []model.Constraint{{Name: "id_positive", Kind: model.Check, Expression: "(id >= 0)"}}
			}),
				with(books, func(t *model.Table) {
					t.Constraints = []model.Constraint{{Name: "id_positive", Kind: model.Check, Expression: "(id >= 0)"}}
				})),
			[]string{"DropConstraint items.id_positive", "DropConstraint books.id_positive", "AddConstraint items.id_positive", "AddConstraint books.id_positive"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(tt.from, tt.to)
			if d := cmp.Diff(tt.want, stepTexts(p)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
			warnings := strings.Join(p.Warnings, "\n")
			if (tt.warning == "") != (warnings == "") || !strings.Contains(warnings, tt.warning) {
				t.Errorf("warnings %q, want one containing %q", warnings, tt.warning)
			}
		})
	}
}

// TestInheritedDropHazard checks that a parent's DROP COLUMN names the
// children it takes the column from.
func TestInheritedDropHazard(t *testing.T) {
	parent := model.Table{Schema: "public", Name: "p", Columns: []model.Column{{Name: "a", Type: "integer"}, {Name: "b", Type: "text"}}}
	child := model.Table{Schema: "public", Name: "c", Inherits: []model.QualifiedName{pub("p")}}
	after := parent
	after.Columns = parent.Columns[:1]
	p := Compare(schemaOf(parent, child), schemaOf(after, child))
	if len(p.Steps) != 1 {
		t.Fatalf("steps: %v", stepTexts(p))
	}
	var got []string
	for _, h := range p.Steps[0].Hazards {
		got = append(got, h.Message)
	}
	want := []string{"drops column public.p.b and its values", "also drops the inherited column public.c.b and its values"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
