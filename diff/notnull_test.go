package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// account returns a schema read from a server of the given major holding
// one table whose columns are cols.
func account(major int, cols ...model.Column) *model.Schema {
	return &model.Schema{
		Major:      major,
		Namespaces: []model.Namespace{{Name: "public"}},
		Tables:     []model.Table{{Schema: "public", Name: "account", Columns: cols}},
	}
}

func TestNotNullAcrossMajors(t *testing.T) {
	named := model.Column{Name: "id", Type: "integer", NotNull: true, NotNullName: "id_required"}
	byDefault := model.Column{Name: "email", Type: "text", NotNull: true, NotNullName: "account_email_not_null"}
	plain := func(c model.Column) model.Column { c.NotNullName = ""; return c }

	// A model read on 17 (no names) against an 18 server, either way
	// round: nothing to do.
	for _, p := range []*Plan{
		Compare(account(18, named, byDefault), account(17, plain(named), plain(byDefault))),
		Compare(account(17, plain(named), plain(byDefault)), account(18, named, byDefault)),
		// An 18 model against a 15 server: names are not PostgreSQL 15's.
		Compare(account(15, plain(named), plain(byDefault)), account(18, named, byDefault)),
	} {
		if !p.Empty() {
			t.Errorf("plan is not empty: %v", opNames(p))
		}
	}

	// On 18, a name that differs is renamed.
	p := Compare(account(18, byDefault), account(18, model.Column{Name: "email", Type: "text", NotNull: true, NotNullName: "email_required"}))
	want := []Step{{Op: Rename{Object: ObjectRef{Kind: KindConstraint, Schema: "public", Name: "account", Sub: "account_email_not_null"}, To: "email_required"}}}
	if d := cmp.Diff(want, p.Steps); d != "" {
		t.Errorf("rename (-want +got)\n%s", d)
	}

	// A new table spells out only names that are not the default, and only
	// on 18; a NOT VALID NOT NULL is planned as a plain one before 18, with
	// a warning.
	notValid := model.Column{Name: "nick", Type: "text", NotNull: true, NotNullName: "nick_nn", NotNullNotValid: true}
	empty := func(major int) *model.Schema {
		return &model.Schema{Major: major, Namespaces: []model.Namespace{{Name: "public"}}}
	}
	for _, tc := range []struct {
		major    int
		columns  []model.Column
		later    []Op
		warnings int
	}{
		{18, []model.Column{named, plain(byDefault), {Name: "nick", Type: "text"}},
			[]Op{SetColumnNotNull{Table: model.QualifiedName{Schema: "public", Name: "account"}, Column: "nick", NotNull: true, Constraint: "nick_nn", NotValid: true}}, 0},
		{15, []model.Column{plain(named), plain(byDefault), {Name: "nick", Type: "text", NotNull: true}}, nil, 1},
	} {
		p := Compare(empty(tc.major), account(18, named, byDefault, notValid))
		create, ok := p.Steps[0].Op.(CreateTable)
		if !ok {
			t.Fatalf("major %d: step 0 is %T, want CreateTable: %v", tc.major, p.Steps[0].Op, opNames(p))
		}
		if d := cmp.Diff(tc.columns, create.Table.Columns); d != "" {
			t.Errorf("major %d: CREATE TABLE columns (-want +got)\n%s", tc.major, d)
		}
		var later []Op
		for _, s := range p.Steps[1:] {
			later = append(later, s.Op)
		}
		if d := cmp.Diff(tc.later, later); d != "" {
			t.Errorf("major %d: steps after CREATE TABLE (-want +got)\n%s", tc.major, d)
		}
		if len(p.Warnings) != tc.warnings {
			t.Errorf("major %d: warnings %q, want %d", tc.major, p.Warnings, tc.warnings)
		}
	}
}

func TestGeneratedExpressionAcrossMajors(t *testing.T) {
	col := func(expr string, virtual bool) model.Column {
		return model.Column{Name: "area", Type: "integer", Generated: expr, Virtual: virtual}
	}
	for _, tc := range []struct {
		name     string
		major    int
		from, to model.Column
		want     []string
	}{
		{"changed expression before 17", 16, col("(w * h)", false), col("(w * h * 2)", false), []string{"DropColumn", "AddColumn"}},
		{"changed expression from 17", 17, col("(w * h)", false), col("(w * h * 2)", false), []string{"SetColumnExpression"}},
		{"virtual expression", 18, col("(w * h)", true), col("(w * h * 2)", true), []string{"SetColumnExpression"}},
		{"stored to virtual", 18, col("(w * h)", false), col("(w * h)", true), []string{"DropColumn", "AddColumn"}},
		{"virtual to plain", 18, col("(w * h)", true), col("", false), []string{"DropColumn", "AddColumn"}},
		{"stored to plain", 18, col("(w * h)", false), col("", false), []string{"DropColumnExpression"}},
	} {
		p := Compare(account(tc.major, tc.from), account(tc.major, tc.to))
		if d := cmp.Diff(tc.want, opNames(p)); d != "" {
			t.Errorf("%s (-want +got)\n%s", tc.name, d)
		}
	}
}
