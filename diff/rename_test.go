package diff

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// usersSchema is a small schema: a table users with a key, a check, an
// index and a foreign key pointing at it from orders, and an enum.
func usersSchema() *model.Schema {
	users := model.QualifiedName{Schema: "public", Name: "users"}
	return &model.Schema{
		Namespaces: []model.Namespace{{Name: "public"}},
		Enums:      []model.Enum{{Schema: "public", Name: "fruit", Labels: []string{"apple", "banana"}}},
		Tables: []model.Table{
			{Schema: "public", Name: "orders", Columns: []model.Column{{Name: "id", Type: "integer"}, {Name: "user_id", Type: "integer"}},
				Constraints: []model.Constraint{fkey("orders_user_fk", "user_id", users, "id")}},
			{Schema: "public", Name: "users",
				Columns: []model.Column{
					{Name: "id", Type: "integer", NotNull: true},
					{Name: "fullname", Type: "text"},
					{Name: "fruit", Type: "public.fruit", TypeRef: model.QualifiedName{Schema: "public", Name: "fruit"}, Default: "'banana'::public.fruit"},
				},
				Constraints: []model.Constraint{pk("users_pkey", "id"),
					{Name: "fullname_check", Kind: model.Check, Columns: []string{"fullname"}, Expression: "(fullname <> ''::text)"}},
				Indexes: []model.Index{{Name: "users_fullname_idx", Method: "btree", Keys: []model.IndexKey{{Column: "fullname"}}, Columns: []string{"fullname"}}},
			},
		},
		Views: []model.View{{Schema: "public", Name: "ids", Definition: " SELECT users.id\n   FROM public.users;",
			Columns: []model.ViewColumn{{Name: "id", Type: "integer"}},
			Depends: []model.Ref{{Kind: model.RefRelation, Schema: "public", Name: "users"}}}},
	}
}

// renamedUsers is usersSchema with users renamed to people, fullname to
// full_name, the check and the index renamed, and banana to blueberry; ann
// says whether the annotations are written.
func renamedUsers(ann bool) *model.Schema {
	s := usersSchema()
	people := model.QualifiedName{Schema: "public", Name: "people"}
	s.Tables[0].Constraints[0].References = people
	t := &s.Tables[1]
	t.Name = "people"
	t.Columns[1].Name = "full_name"
	t.Columns[2].Default = "'blueberry'::public.fruit"
	t.Constraints[1] = model.Constraint{Name: "full_name_check", Kind: model.Check, Columns: []string{"full_name"}, Expression: "(full_name <> ''::text)"}
	t.Indexes[0] = model.Index{Name: "people_full_name_idx", Method: "btree", Keys: []model.IndexKey{{Column: "full_name"}}, Columns: []string{"full_name"}}
	s.Enums[0].Labels = []string{"apple", "blueberry"}
	s.Views[0].Definition = " SELECT people.id\n   FROM public.people;"
	s.Views[0].Depends[0].Name = "people"
	if ann {
		t.RenamedFrom = "users"
		t.Columns[1].RenamedFrom = "fullname"
		t.Constraints[1].RenamedFrom = "fullname_check"
		t.Indexes[0].RenamedFrom = "users_fullname_idx"
		s.Enums[0].LabelRenames = []model.LabelRename{{Label: "blueberry", From: "banana"}}
	}
	return s
}

func renameSteps(p *Plan) []Op {
	var out []Op
	for _, s := range p.Steps {
		switch s.Op.(type) {
		case Rename, RenameEnumValue:
			out = append(out, s.Op)
		}
	}
	return out
}

func TestCompareRenames(t *testing.T) {
	users := ObjectRef{Kind: KindTable, Schema: "public", Name: "users"}
	people := func(kind ObjectKind, sub string) ObjectRef {
		return ObjectRef{Kind: kind, Schema: "public", Name: "people", Sub: sub}
	}
	fruit := model.QualifiedName{Schema: "public", Name: "fruit"}
	up := Compare(usersSchema(), renamedUsers(true))
	wantUp := []Op{
		Rename{Object: users, To: "people"},
		Rename{Object: people(KindColumn, "fullname"), To: "full_name"},
		Rename{Object: people(KindConstraint, "fullname_check"), To: "full_name_check"},
		Rename{Object: people(KindIndex, "users_fullname_idx"), To: "people_full_name_idx"},
		RenameEnumValue{Enum: fruit, From: "banana", To: "blueberry"},
	}
	if d := cmp.Diff(wantUp, renameSteps(up)); d != "" {
		t.Errorf("upgrade renames (-want +got)\n%s", d)
	}
	// Everything else is the same once renamed: the view (whose query
	// names the table and qualifies its column with it), the foreign key,
	// the check, the index and the default.
	if len(up.Steps) != len(wantUp) {
		t.Errorf("upgrade has steps besides the renames: %v", opNames(up))
	}
	if len(up.Warnings) > 0 {
		t.Errorf("upgrade warnings: %v", up.Warnings)
	}

	// The downgrade has the annotations on its from side.
	down := Compare(renamedUsers(true), usersSchema())
	wantDown := []Op{
		Rename{Object: people(KindTable, ""), To: "users"},
		Rename{Object: ObjectRef{Kind: KindColumn, Schema: "public", Name: "users", Sub: "full_name"}, To: "fullname"},
		Rename{Object: ObjectRef{Kind: KindConstraint, Schema: "public", Name: "users", Sub: "full_name_check"}, To: "fullname_check"},
		Rename{Object: ObjectRef{Kind: KindIndex, Schema: "public", Name: "users", Sub: "people_full_name_idx"}, To: "users_fullname_idx"},
		RenameEnumValue{Enum: fruit, From: "blueberry", To: "banana"},
	}
	if d := cmp.Diff(wantDown, renameSteps(down)); d != "" {
		t.Errorf("downgrade renames (-want +got)\n%s", d)
	}
	if len(down.Steps) != len(wantDown) {
		t.Errorf("downgrade has steps besides the renames: %v", opNames(down))
	}

	// Applied already: the annotations are ignored and count as no change.
	if p := Compare(renamedUsers(false), renamedUsers(true)); !p.Empty() {
		t.Errorf("annotations of an applied rename make a plan: %v", opNames(p))
	}
	if p := Compare(renamedUsers(true), renamedUsers(false)); !p.Empty() {
		t.Errorf("annotations on from make a plan: %v", opNames(p))
	}
}

func TestCompareRenameDoesNotTouchItsArguments(t *testing.T) {
	from, to := usersSchema(), renamedUsers(true)
	Compare(from, to)
	if d := cmp.Diff(usersSchema(), from); d != "" {
		t.Errorf("from changed (-want +got)\n%s", d)
	}
	if d := cmp.Diff(renamedUsers(true), to); d != "" {
		t.Errorf("to changed (-want +got)\n%s", d)
	}
}

func TestCompareRenameSchemaAndType(t *testing.T) {
	from := &model.Schema{
		Namespaces: []model.Namespace{{Name: "old"}},
		Enums:      []model.Enum{{Schema: "old", Name: "mood", Labels: []string{"a"}}},
		Tables: []model.Table{{Schema: "old", Name: "t", Columns: []model.Column{
			{Name: "m", Type: "old.mood", TypeRef: model.QualifiedName{Schema: "old", Name: "mood"}},
			{Name: "ms", Type: "old.mood[]", TypeRef: model.QualifiedName{Schema: "old", Name: "mood"}},
		}}},
	}
	to := &model.Schema{
		Namespaces: []model.Namespace{{Name: "new", RenamedFrom: "old"}},
		Enums:      []model.Enum{{Schema: "new", Name: "feeling", Labels: []string{"a"}, RenamedFrom: "mood"}},
		Tables: []model.Table{{Schema: "new", Name: "t", Columns: []model.Column{
			{Name: "m", Type: "new.feeling", TypeRef: model.QualifiedName{Schema: "new", Name: "feeling"}},
			{Name: "ms", Type: "new.feeling[]", TypeRef: model.QualifiedName{Schema: "new", Name: "feeling"}},
		}}},
	}
	p := Compare(from, to)
	want := []Op{
		Rename{Object: ObjectRef{Kind: KindSchema, Name: "old"}, To: "new"},
		Rename{Object: ObjectRef{Kind: KindType, Schema: "new", Name: "mood"}, To: "feeling"},
	}
	if d := cmp.Diff(want, renameSteps(p)); d != "" || len(p.Steps) != len(want) {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestCompareRenameIgnored(t *testing.T) {
	// The new name exists on both sides: the annotation is ignored and the
	// old column is dropped.
	from := usersSchema()
	to := usersSchema()
	to.Tables[1].Columns[1].RenamedFrom = "id"
	p := Compare(from, to)
	if !p.Empty() {
		t.Errorf("an annotation whose old and new objects both exist makes a plan: %v", opNames(p))
	}
}

func TestRenameHints(t *testing.T) {
	to := usersSchema()
	to.Tables[1].Name = "people"
	to.Enums[0].Labels = []string{"apple", "blueberry"}
	p := Compare(usersSchema(), to)
	want := []string{
		"table public.users is dropped and public.people created with the same columns: if it is a rename, write renamed_from: users on the table public.people (SQL: -- retort:renamed-from users)",
		"label banana of enum public.fruit is removed and blueberry added in its place: if it is a rename, write the label as {name: blueberry, renamed_from: banana} (SQL: -- retort:enum-label-renamed blueberry from banana); if it goes, say what its rows become with removed_labels: {banana: <label>}",
	}
	if d := cmp.Diff(want, p.Warnings); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	// Once the table is declared renamed, the column is what looks renamed.
	to = renamedUsers(false)
	to.Tables[1].RenamedFrom = "users"
	p = Compare(usersSchema(), to)
	wantCol := "column public.people.fullname is dropped and public.people.full_name added with the same type: if it is a rename, write renamed_from: fullname on the column public.people.full_name (SQL: -- retort:renamed-from fullname)"
	found := false
	for _, w := range p.Warnings {
		found = found || w == wantCol
	}
	if !found {
		t.Errorf("no column hint %q in %s", wantCol, strings.Join(p.Warnings, "\n"))
	}
}

func TestEnumRemovedLabels(t *testing.T) {
	from := usersSchema()
	to := usersSchema()
	to.Enums[0].Labels = []string{"apple"}
	to.Tables[1].Columns[2].Default = "'apple'::public.fruit"
	p := Compare(from, to)
	op := findOp[RecreateEnum](p)
	if op == nil || op.Mapped != nil {
		t.Fatalf("removal without a mapping: %v", opNames(p))
	}
	if h := planHazardKinds(p); !strings.Contains(h, "data-loss") {
		t.Errorf("removal without a mapping has no data-loss hazard: %s", h)
	}
	to.Enums[0].RemovedLabels = []model.RemovedLabel{{Label: "banana", To: "apple"}}
	p = Compare(from, to)
	op = findOp[RecreateEnum](p)
	if op == nil || op.Mapped["banana"] != "apple" {
		t.Fatalf("removal with a mapping: %+v", op)
	}
	if h := planHazardKinds(p); strings.Contains(h, "data-loss") {
		t.Errorf("removal with a mapping has a data-loss hazard: %s", h)
	}
	to.Enums[0].RemovedLabels = []model.RemovedLabel{{Label: "banana", To: "cherry"}}
	want := "removed_labels of public.fruit maps banana to cherry, which is not a label of public.fruit; map it to one of: apple"
	if p = Compare(from, to); len(p.Errors) != 1 || p.Errors[0].Message != want {
		t.Errorf("errors = %q, want %q", p.Errors, want)
	}
}

func findOp[T Op](p *Plan) *T {
	for _, s := range p.Steps {
		if op, ok := s.Op.(T); ok {
			return &op
		}
	}
	return nil
}

func planHazardKinds(p *Plan) string {
	var out []string
	for _, s := range p.Steps {
		for _, h := range s.Hazards {
			out = append(out, h.Kind.String())
		}
	}
	return strings.Join(out, " ")
}

// TestCompareRenameFromSideContainers checks a downgrade where a table is
// renamed inside a renamed schema, and a column inside the renamed table:
// the from side's annotations name the objects by their new names, which
// change as the pass renames their containers back.
func TestCompareRenameFromSideContainers(t *testing.T) {
	before := &model.Schema{
		Namespaces: []model.Namespace{{Name: "store"}},
		Tables:     []model.Table{{Schema: "store", Name: "users", Columns: []model.Column{{Name: "fullname", Type: "text"}}}},
	}
	after := &model.Schema{
		Namespaces: []model.Namespace{{Name: "shop", RenamedFrom: "store"}},
		Tables: []model.Table{{Schema: "shop", Name: "people", RenamedFrom: "users",
			Columns: []model.Column{{Name: "full_name", Type: "text", RenamedFrom: "fullname"}}}},
	}
	down := Compare(after, before)
	want := []Op{
		Rename{Object: ObjectRef{Kind: KindSchema, Name: "shop"}, To: "store"},
		Rename{Object: ObjectRef{Kind: KindTable, Schema: "store", Name: "people"}, To: "users"},
		Rename{Object: ObjectRef{Kind: KindColumn, Schema: "store", Name: "users", Sub: "full_name"}, To: "fullname"},
	}
	if d := cmp.Diff(want, renameSteps(down)); d != "" || len(down.Steps) != len(want) {
		t.Errorf("downgrade (-want +got)\n%s\n%v", d, opNames(down))
	}
	up := Compare(before, after)
	want = []Op{
		Rename{Object: ObjectRef{Kind: KindSchema, Name: "store"}, To: "shop"},
		Rename{Object: ObjectRef{Kind: KindTable, Schema: "shop", Name: "users"}, To: "people"},
		Rename{Object: ObjectRef{Kind: KindColumn, Schema: "shop", Name: "people", Sub: "fullname"}, To: "full_name"},
	}
	if d := cmp.Diff(want, renameSteps(up)); d != "" || len(up.Steps) != len(want) {
		t.Errorf("upgrade (-want +got)\n%s\n%v", d, opNames(up))
	}
}

func TestRenameHintsKinds(t *testing.T) {
	from := usersSchema()
	to := usersSchema()
	to.Tables[1].Constraints[1].Name = "users_name_check"
	to.Tables[1].Indexes[0].Name = "users_name_idx"
	to.Views[0].Name = "user_ids"
	to.Enums[0].Name = "produce"
	for i := range to.Tables[1].Columns {
		if to.Tables[1].Columns[i].TypeRef.Name == "fruit" {
			to.Tables[1].Columns[i].TypeRef.Name = "produce"
		}
	}
	p := Compare(from, to)
	want := []string{
		"constraint fullname_check of public.users is dropped and users_name_check added with the same definition: if it is a rename, write renamed_from: fullname_check on the constraint users_name_check of public.users (SQL: -- retort:renamed-from fullname_check)",
		"index public.users_fullname_idx is dropped and public.users_name_idx created on public.users with the same definition: if it is a rename, write renamed_from: users_fullname_idx on the index public.users_name_idx (SQL: -- retort:renamed-from users_fullname_idx)",
		"view public.ids is dropped and public.user_ids created with the same query: if it is a rename, write renamed_from: ids on the view public.user_ids (SQL: -- retort:renamed-from ids)",
		"type public.fruit is dropped and public.produce created with the same labels: if it is a rename, write renamed_from: fruit on the type public.produce (SQL: -- retort:renamed-from fruit)",
	}
	if d := cmp.Diff(want, p.Warnings); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
