package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// typeSteps lists a plan's steps as "Type name" strings, naming the
// collation, range type, text search object or table each one is about.
func typeSteps(p *Plan) []string {
	var out []string
	for _, s := range p.Steps {
		name := strings.TrimPrefix(fmt.Sprintf("%T", s.Op), "diff.")
		switch op := s.Op.(type) {
		case CreateObject:
			name = kindOpName(name, op.Kind) + " " + op.Object.QualifiedName().Name
		case DropObject:
			name = kindOpName(name, op.Kind) + " " + op.Object.QualifiedName().Name
		case CreateRange:
			name += " " + op.Range.Name
		case DropRange:
			name += " " + op.Range.Name
		case AlterObject:
			name = kindOpName(name, op.Kind) + " " + op.To.QualifiedName().Name
		case AlterTextSearchMapping:
			token, to := "", "-"
			if op.From != nil {
				token = op.From.TokenType
			}
			if op.To != nil {
				token, to = op.To.TokenType, strings.Join(op.To.Dictionaries, ",")
			}
			name += " " + op.Config.Name + " " + token + "=" + to
		case CreateFunction:
			name += " " + op.Function.Name
		case DropFunction:
			name += " " + op.Function.Name
		case CreateView:
			name += " " + op.View.Name
		case DropView:
			name += " " + op.View.Name
		case CreateTable:
			name += " " + op.Table.Name
		case DropTable:
			name += " " + op.Table.Name
		case AlterColumnType:
			name += " " + op.Table.Name + "." + op.Column
		case CreateDomain:
			name += " " + op.Domain.Name
		case DropDomain:
			name += " " + op.Domain.Name
		case SetComment:
			name += " " + op.Target.Name + " " + op.Comment
		}
		out = append(out, name)
	}
	return out
}

var (
	icuCI   = model.Collation{Schema: "public", Name: "ci", Provider: "icu", Locale: "und-u-ks-level2"}
	libcCI  = model.Collation{Schema: "public", Name: "ci", Provider: "libc", Locale: "C", Deterministic: true}
	ciName  = model.QualifiedName{Schema: "public", Name: "ci"}
	withCol = func(c model.Collation, coll *model.QualifiedName) *model.Schema {
		return &model.Schema{
			Collations: []model.Collation{c},
			Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
				{Name: "a", Type: "text", Collation: coll},
			}}},
		}
	}
)

func TestCompareCollations(t *testing.T) {
	commented := icuCI
	commented.Comment = "case-insensitive"
	tests := []struct {
		name     string
		from, to *model.Schema
		want     []string
	}{
		{"new collation before the column using it", &model.Schema{Tables: withCol(icuCI, nil).Tables}, withCol(icuCI, &ciName),
			[]string{"CreateCollation ci", "AlterColumnType t.a"}},
		{"collation dropped after the column leaves it", withCol(icuCI, &ciName), &model.Schema{Tables: withCol(icuCI, nil).Tables},
			[]string{"AlterColumnType t.a", "DropCollation ci"}},
		{"collation dropped after the domain using it", &model.Schema{
			Collations: []model.Collation{icuCI},
			Domains:    []model.Domain{{Schema: "public", Name: "d", Type: "text", Collation: &ciName}},
		}, &model.Schema{}, []string{"DropDomain d", "DropCollation ci"}},
		{"unused collation changing provider is re-created", withCol(libcCI, nil), withCol(icuCI, nil),
			[]string{"DropCollation ci", "CreateCollation ci"}},
		{"comment only", withCol(icuCI, &ciName), withCol(commented, &ciName),
			[]string{"SetComment ci case-insensitive"}},
		{"re-created collation gets its comment again", withCol(libcCI, nil), withCol(commented, nil),
			[]string{"DropCollation ci", "CreateCollation ci", "SetComment ci case-insensitive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(tt.from, tt.to)
			if d := cmp.Diff(tt.want, typeSteps(p)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
			if len(p.Errors) > 0 {
				t.Errorf("errors: %v", p.Errors)
			}
		})
	}
}

// TestCollationChangeRefused checks that a collation PostgreSQL could only
// drop and create again is left alone, with a plan error naming what uses
// it, while a column, an index key, a range type or an expression does.
func TestCollationChangeRefused(t *testing.T) {
	byIndex := func(c model.Collation) *model.Schema {
		s := withCol(c, nil)
		s.Tables[0].Indexes = []model.Index{{Name: "t_a_idx", Method: "btree", Keys: []model.IndexKey{{Column: "a", Collation: &ciName}}}}
		return s
	}
	byCheck := func(c model.Collation) *model.Schema {
		s := withCol(c, nil)
		s.Tables[0].Constraints = []model.Constraint{{Name: "t_a_check", Kind: model.Check,
			Expression: "((a COLLATE public.ci) <> 'x'::text)"}}
		return s
	}
	byRange := func(c model.Collation) *model.Schema {
		return &model.Schema{Collations: []model.Collation{c},
			Ranges: []model.RangeType{{Schema: "public", Name: "textrange", Subtype: "text", Collation: &ciName}}}
	}
	tests := []struct {
		name     string
		from, to *model.Schema
		users    string
	}{
		{"column", withCol(libcCI, &ciName), withCol(icuCI, &ciName), "column public.t.a"},
		{"index key", byIndex(libcCI), byIndex(icuCI), "index public.t_a_idx"},
		{"check expression", byCheck(libcCI), byCheck(icuCI), "constraint t_a_check on public.t"},
		{"range type", byRange(libcCI), byRange(icuCI), "range type public.textrange"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compare(tt.from, tt.to)
			for _, s := range typeSteps(p) {
				if strings.Contains(s, "Collation") {
					t.Errorf("refused change has step %s", s)
				}
			}
			want := []string{`collation public.ci changes (provider "libc" -> "icu", locale "C" -> "und-u-ks-level2", deterministic true -> false), ` +
				"which ALTER COLLATION cannot do, and dropping it to create it again is refused while " + tt.users + " use it; " +
				"move them to another collation (or drop them) first, or give the new collation another name"}
			if d := cmp.Diff(want, p.Messages()); d != "" {
				t.Errorf("errors (-want +got)\n%s", d)
			}
		})
	}
	// A column dropped by the same plan does not hold the collation back.
	from, to := withCol(libcCI, &ciName), withCol(icuCI, nil)
	to.Tables[0].Columns = nil
	p := Compare(from, to)
	if len(p.Errors) > 0 {
		t.Errorf("dropped column still refuses the change: %v", p.Errors)
	}
}

// kindOpName names a generic op of a simple kind as its kind's own op
// would read, e.g. CreateObject of a collation as "CreateCollation".
func kindOpName(op string, k ObjectKind) string {
	return strings.TrimSuffix(op, "Object") + map[ObjectKind]string{KindCollation: "Collation", KindTextSearchDictionary: "TextSearchDictionary", KindTextSearchConfig: "TextSearchConfig", KindStatistics: "Statistics"}[k]
}
