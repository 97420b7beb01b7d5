package sqlident

import "testing"

func TestRenames(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"schema qualifies names",
			RenameSchema(`SELECT store.t.a FROM store.t JOIN "store".u ON true WHERE 'store.t' <> x.store`, "store", "shop"),
			`SELECT shop.t.a FROM shop.t JOIN shop.u ON true WHERE 'store.t' <> x.store`},
		{"schema in a regclass literal",
			RenameSchema(`nextval('store.ids'::regclass)`, "store", "My Shop"),
			`nextval('"My Shop".ids'::regclass)`},
		{"schema type", RenameSchema("store.mood[]", "store", "shop"), "shop.mood[]"},
		{"relation and its column qualifier",
			RenameRelation(" SELECT users.id,\n    users.name\n   FROM public.users\n  WHERE other.users IS NULL;", "public", "users", "people"),
			" SELECT people.id,\n    people.name\n   FROM public.people\n  WHERE other.users IS NULL;"},
		{"relation of another schema", RenameRelation("app.users", "public", "users", "people"), "app.users"},
		{"type", RenameRelation("'a'::public.mood", "public", "mood", "user"), `'a'::public."user"`},
		{"regclass literal", RenameRelation(`nextval('public.users_id_seq'::regclass)`, "public", "users_id_seq", "people_id_seq"),
			`nextval('public.people_id_seq'::regclass)`},
		{"column", RenameColumn("((fullname <> ''::text) AND (lower(fullname) <> 'fullname'::text))", "fullname", "full_name"),
			"((full_name <> ''::text) AND (lower(full_name) <> 'fullname'::text))"},
		{"column in a trigger", RenameColumn("CREATE TRIGGER t BEFORE UPDATE OF kind ON public.e FOR EACH ROW WHEN ((new.kind <> old.kind)) EXECUTE FUNCTION kind()", "kind", "event_kind"),
			"CREATE TRIGGER t BEFORE UPDATE OF event_kind ON public.e FOR EACH ROW WHEN ((new.event_kind <> old.event_kind)) EXECUTE FUNCTION kind()"},
		{"column that needs quotes", RenameColumn("(a > 0)", "a", "Select"), `("Select" > 0)`},
		{"text that does not scan", RenameColumn("'unterminated", "a", "b"), "'unterminated"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"users": "users", "user": `"user"`, "name": "name", "Users": `"Users"`, "a b": `"a b"`,
		"1st": `"1st"`, "select": `"select"`, `a"b`: `"a""b"`, "": `""`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestQualifiedNames(t *testing.T) {
	got := QualifiedNames(`(("Weird"."Type" <> 'a.b'::public.status) AND public.f(x.y, s.t.c))`)
	want := [][2]string{{"Weird", "Type"}, {"public", "status"}, {"public", "f"}, {"x", "y"}, {"s", "t"}}
	if len(got) != len(want) {
		t.Fatalf("QualifiedNames = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("QualifiedNames = %v, want %v", got, want)
		}
	}
}

func TestColumnNames(t *testing.T) {
	got := ColumnNames(`LIST (k, lower("Name"::text), s.f(x), (a)::public.kind)`)
	want := []string{"k", "Name", "x", "a"}
	if len(got) != len(want) {
		t.Fatalf("ColumnNames = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ColumnNames = %v, want %v", got, want)
		}
	}
}
