package render

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/model/yamlmodel"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestMain(m *testing.M) { pgtest.Main(m) }

const (
	goModelGolden = "testdata/gomodel/small.go.golden"
	modulePath    = "github.com/retortdb/retort"
)

// smallSchema sets every field of every model type at least once (a test
// checks it), so the golden file shows how each one is written.
func smallSchema() *model.Schema {
	orders := model.QualifiedName{Schema: "shop", Name: "orders"}
	target := 200
	return &model.Schema{
		Namespaces: []model.Namespace{{Name: "shop", Comment: "the shop's tables", RenamedFrom: "store"}},
		Extensions: []model.Extension{
			{Name: "btree_gist", Schema: "public", Version: "1.7", Comment: "GiST operator classes"},
			{Name: "earthdistance", Schema: "public", Version: "1.1", Requires: []string{"cube"}},
		},
		Enums: []model.Enum{{Schema: "shop", Name: "status", Labels: []string{"new", "paid", "it's shipped"}, Comment: "order status",
			RenamedFrom: "state", LabelRenames: []model.LabelRename{{Label: "paid", From: "settled"}},
			RemovedLabels: []model.RemovedLabel{{Label: "cancelled", To: "new"}}}},
		Collations: []model.Collation{
			{Schema: "shop", Name: "ci", Provider: "icu", Locale: "und-u-ks-level2", Comment: "case-insensitive"},
			{Schema: "shop", Name: "mixed", Provider: "libc", Collate: "C", Ctype: "POSIX", Deterministic: true},
		},
		Ranges: []model.RangeType{{
			Schema: "shop", Name: "price_range", Subtype: "numeric", SubtypeOpClass: "pg_catalog.numeric_ops",
			Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Canonical: "shop.price_canonical",
			SubtypeDiff: "shop.price_diff", Multirange: "price_ranges", Comment: "prices from and to",
			Depends: []model.Ref{{Kind: model.RefFunction, Schema: "shop", Name: "price_diff", Args: "numeric, numeric"}},
		}},
		TextSearchDictionaries: []model.TextSearchDictionary{{
			Schema: "shop", Name: "stem", Template: "pg_catalog.snowball", Options: "language = 'english'", Comment: "stems",
		}},
		Statistics: []model.Statistics{{
			Schema: "shop", Name: "product_stats", Table: model.QualifiedName{Schema: "shop", Name: "products"},
			Kinds: []string{"ndistinct", "mcv"}, Columns: []string{"name"}, Expressions: []string{"lower(name)"},
			Target: &target, Comment: "names",
		}},
		TextSearchConfigs: []model.TextSearchConfig{{
			Schema: "shop", Name: "products", Parser: `pg_catalog."default"`, Comment: "product names",
			Mappings: []model.TextSearchMapping{{TokenType: "asciiword", Dictionaries: []string{"shop.stem", "pg_catalog.simple"}}},
		}},
		Domains: []model.Domain{{
			Schema: "shop", Name: "positive_int", Type: "integer", NotNull: true, Default: "1",
			Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"},
			Checks:    []model.DomainCheck{{Name: "positive_int_check", Expression: "CHECK (VALUE > 0)", NotValid: true, Comment: "above zero"}},
			Comment:   "a positive count", RenamedFrom: "count",
			Depends: []model.Ref{{Kind: model.RefFunction, Schema: "shop", Name: "total", Args: "integer"}},
		}},
		Composites: []model.CompositeType{{
			Schema: "shop", Name: "money_amount", RenamedFrom: "money",
			Attributes: []model.Attribute{
				{Name: "amount", Type: "numeric(12,2)"},
				{Name: "currency", Type: "text", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Comment: "ISO 4217"},
			},
			Comment: "an amount in a currency",
			Depends: []model.Ref{{Kind: model.RefType, Schema: "shop", Name: "positive_int"}},
		}},
		Functions: []model.Function{
			{
				Schema: "shop", Name: "total", Arguments: "n integer DEFAULT 1", IdentityArguments: "integer", Result: "SETOF shop.orders",
				Definition: "CREATE OR REPLACE FUNCTION shop.total(n integer DEFAULT 1)\n RETURNS SETOF shop.orders\n LANGUAGE sql\n STABLE\nBEGIN ATOMIC\n SELECT * FROM shop.orders WHERE id > n;\nEND\n",
				Comment:    "orders after n",
				Depends:    []model.Ref{{Kind: model.RefRelation, Schema: "shop", Name: "orders"}},
			},
			{
				Schema: "shop", Name: "tidy", Kind: model.Procedure,
				Definition: "CREATE OR REPLACE PROCEDURE shop.tidy()\n LANGUAGE sql\nAS $procedure$DELETE FROM shop.orders$procedure$\n",
			},
		},
		Sequences: []model.Sequence{{
			Schema: "shop", Name: "ticket", Type: "smallint", Start: 100, Increment: -1, Min: math.MinInt16, Max: math.MaxInt16,
			Cache: 20, Cycle: true, OwnedBy: &model.ColumnRef{Table: orders, Column: "ticket"}, Comment: "counts down",
		}},
		Tables: []model.Table{
			{
				Schema: "shop", Name: "customers", Unlogged: true, Options: []string{"fillfactor=70"}, RenamedFrom: "clients",
				Columns: []model.Column{
					{Name: "id", Type: "bigint", NotNull: true, Identity: model.IdentityAlways, IdentitySequence: &model.Sequence{
						Schema: "shop", Name: "customers_id_seq", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: math.MaxInt64, Cache: 1,
					}},
					{Name: "Name", Type: "text", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Statistics: ptr(500), Storage: model.StorageExternal, Comment: "line one\nline `two`"},
					{Name: "name_upper", Type: "text", Generated: `upper("Name")`, RenamedFrom: "upper_name"},
					{Name: "name_lower", Type: "text", Generated: `lower("Name")`, Virtual: true},
					{Name: "email", Type: "text", NotNull: true, NotNullName: "email required", NotNullNotValid: true, NotNullNoInherit: true},
					{Name: "joined", Type: "timestamp with time zone", Using: "to_timestamp(joined)"},
				},
				Constraints: []model.Constraint{
					{Name: "customers_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}, Include: []string{"Name"}, IndexOptions: []string{"fillfactor=80"}, IndexComment: "by id"},
					{Name: "customers_name_key", Kind: model.Unique, Columns: []string{"Name"}, NullsNotDistinct: true, Deferrable: true, InitiallyDeferred: true},
				},
				Triggers: []model.Trigger{{
					Name:       "customers_audit",
					Definition: "CREATE TRIGGER customers_audit AFTER INSERT ON shop.customers FOR EACH ROW EXECUTE FUNCTION shop.audit()",
					Enabled:    model.TriggerDisabled, Function: model.Ref{Kind: model.RefFunction, Schema: "shop", Name: "audit"}, Comment: "who signs up",
				}},
				RowSecurity: true, ForceRowSecurity: true,
				Policies: []model.Policy{{
					Name: "own rows", Command: "UPDATE", Permissive: true, Roles: []string{"public"},
					Using: `"Name" = CURRENT_USER`, WithCheck: "id > 0", Comment: "owners only",
				}},
				Comment: `people who buy; see C:\docs`,
			},
			{
				Schema: "shop", Name: "orders", PartitionKey: "RANGE (placed)",
				Columns: []model.Column{
					{Name: "id", Type: "integer", NotNull: true, Identity: model.IdentityByDefault},
					{Name: "customer", Type: "bigint"},
					{Name: "placed", Type: "date", NotNull: true, Default: "CURRENT_DATE"},
					{Name: "status", Type: "shop.status", TypeRef: model.QualifiedName{Schema: "shop", Name: "status"}, Default: "'new'::shop.status"},
					{Name: "ticket", Type: "smallint", Default: "nextval('shop.ticket'::regclass)"},
					{Name: "during", Type: "tstzrange"},
				},
				Constraints: []model.Constraint{
					{Name: "orders_customer_fkey", Kind: model.ForeignKey, Columns: []string{"customer"}, References: model.QualifiedName{Schema: "shop", Name: "customers"},
						RefColumns: []string{"id"}, OnUpdate: model.Cascade, OnDelete: model.SetNull, OnDeleteColumns: []string{"customer"},
						Match: model.MatchFull, NotValid: true, Comment: "who ordered"},
					{Name: "orders_id_check", Kind: model.Check, Columns: []string{"id"}, Expression: "(id > 0)", NoInherit: true, NotEnforced: true, RenamedFrom: "id_check"},
					{Name: "orders_customer_during_key", Kind: model.Unique, Columns: []string{"customer", "during"}, WithoutOverlaps: true, AttachedTo: "parent_key"},
					{Name: "orders_customer_during_fkey", Kind: model.ForeignKey, Columns: []string{"customer", "during"}, References: orders,
						RefColumns: []string{"customer", "during"}, Period: true},
					{Name: "orders_during_excl", Kind: model.Exclusion, Columns: []string{"during", "id"}, Definition: "EXCLUDE USING gist (id WITH =, during WITH &&)"},
				},
				Indexes: []model.Index{
					{Name: "orders_placed_idx", Method: "btree", Keys: []model.IndexKey{{Column: "placed", Descending: true}}, RenamedFrom: "placed_idx", Invalid: true, AttachedTo: "placed_parent_idx"},
					{
						Name: "orders_status_lower_idx", Unique: true, Method: "btree",
						Keys: []model.IndexKey{
							{Column: "status", Opclass: &model.QualifiedName{Schema: "pg_catalog", Name: "enum_ops"}, NullsFirst: true},
							{Expression: "lower((status)::text)", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}},
						},
						Include: []string{"customer"}, Predicate: "(customer IS NOT NULL)", Options: []string{"deduplicate_items=off"},
						NullsNotDistinct: true, Columns: []string{"customer", "status"}, Comment: "one order a status",
					},
				},
			},
			{
				Schema: "shop", Name: "orders_2024", PartitionOf: &model.QualifiedName{Schema: "shop", Name: "orders"},
				PartitionBound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
				Columns:        []model.Column{{Name: "placed", Type: "date", NotNull: true}},
			},
			{
				Schema: "shop", Name: "vip_customers", Inherits: []model.QualifiedName{{Schema: "shop", Name: "customers"}},
				Columns:          []model.Column{{Name: "since", Type: "date"}},
				InheritedColumns: []model.Column{{Name: "Name", NotNull: true, Default: "'vip'::text", Comment: "a VIP's name"}},
				Rules: []model.Rule{{
					Name:       "vip_keep",
					Definition: "CREATE RULE vip_keep AS\n    ON DELETE TO shop.vip_customers DO INSTEAD NOTHING;",
					Enabled:    model.TriggerReplica, Comment: "VIPs stay",
					Depends: []model.Ref{{Kind: model.RefRelation, Schema: "shop", Name: "orders"}},
				}},
			},
		},
		Views: []model.View{
			{
				Schema: "shop", Name: "recent_orders", RenamedFrom: "latest_orders",
				Definition: " SELECT orders.id,\n    orders.placed\n   FROM shop.orders\n  WHERE orders.placed > (CURRENT_DATE - 7);",
				Columns:    []model.ViewColumn{{Name: "id", Type: "integer", Comment: "the order"}, {Name: "placed", Type: "date"}},
				Options:    []string{"check_option=local", "security_barrier=true"},
				Triggers: []model.Trigger{{
					Name:       "recent_orders_ins",
					Definition: "CREATE TRIGGER recent_orders_ins INSTEAD OF INSERT ON shop.recent_orders FOR EACH ROW EXECUTE FUNCTION shop.audit()",
					Enabled:    model.TriggerAlways, Function: model.Ref{Kind: model.RefFunction, Schema: "shop", Name: "audit"},
				}},
				Rules: []model.Rule{{
					Name:       "recent_orders_upd",
					Definition: "CREATE RULE recent_orders_upd AS\n    ON UPDATE TO shop.recent_orders DO INSTEAD NOTHING;",
				}},
				Comment: "last week's orders",
				Depends: []model.Ref{{Kind: model.RefRelation, Schema: "shop", Name: "orders"}},
			},
			{
				Schema: "shop", Name: "order_counts", Materialized: true,
				Definition: " SELECT count(*) AS n\n   FROM shop.orders;",
				Columns:    []model.ViewColumn{{Name: "n", Type: "bigint"}},
				Options:    []string{"fillfactor=90"},
				Indexes:    []model.Index{{Name: "order_counts_n_idx", Method: "btree", Keys: []model.IndexKey{{Column: "n"}}, Columns: []string{"n"}}},
			},
		},
		Privileges: &model.Privileges{
			Owners: []model.Owner{{Object: model.Securable{Kind: model.SecurableTable, Schema: "shop", Name: "orders"}, Role: "shop_owner"}},
			Grants: []model.Grant{{
				Object:  model.Securable{Kind: model.SecurableFunction, Schema: "shop", Name: "total", Args: "integer"},
				Grantee: "clerk", Privileges: []string{model.PrivExecute}, Grantable: true,
			}, {
				Object: model.Securable{Kind: model.SecurableTable, Schema: "shop", Name: "customers"}, Column: "Name",
				Grantee: "clerk", Privileges: []string{model.PrivSelect},
			}},
			Revokes:        []model.Revoke{{Object: model.Securable{Kind: model.SecurableType, Schema: "shop", Name: "status"}, Grantee: "public", Privileges: []string{model.PrivUsage}}},
			DefaultGrants:  []model.DefaultGrant{{Role: "shop_owner", Schema: "shop", On: model.DefaultTables, Grantee: "clerk", Privileges: []string{model.PrivSelect}, Grantable: true}},
			DefaultRevokes: []model.DefaultRevoke{{Role: "shop_owner", On: model.DefaultFunctions, Grantee: "public", Privileges: []string{model.PrivExecute}}},
		},
		Unmanaged: []model.Unmanaged{{Kind: "function", Name: "shop.total(integer)"}, {Kind: "view", Name: "shop.recent"}},
	}
}

func TestGoModelGolden(t *testing.T) {
	got := GoModel(smallSchema(), "main")
	if *update {
		if err := os.WriteFile(goModelGolden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goModelGolden)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("GoModel differs from %s (-want +got; go test -run GoModelGolden -update rewrites it)\n%s", goModelGolden, d)
	}
	if again := GoModel(smallSchema(), "main"); string(again) != string(got) {
		t.Error("GoModel is not deterministic")
	}
}

// TestGoModelSmallUsesEveryField keeps the golden schema complete as the
// model grows: every exported field of every model type it reaches must be
// set somewhere.
func TestGoModelSmallUsesEveryField(t *testing.T) {
	set := map[string]bool{}
	all := map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				f := v.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				key := v.Type().Name() + "." + f.Name
				all[key] = true
				if !v.Field(i).IsZero() {
					set[key] = true
				}
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(smallSchema()))
	// Fields a Go model never holds: where the schema was read.
	notWritten := map[string]bool{"Schema.Major": true, "Extension.DefaultVersion": true}
	var unset []string
	for k := range all {
		if !set[k] && !notWritten[k] {
			unset = append(unset, k)
		}
	}
	if len(unset) > 0 {
		t.Errorf("smallSchema leaves these fields zero: %v", unset)
	}
}

func TestGoString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"integer", `"integer"`},
		{"ünïcode", `"ünïcode"`},
		{"it's", `"it's"`},
		{`"UserId" > 0`, "`\"UserId\" > 0`"},
		{`C:\docs`, "`C:\\docs`"},
		{"two\nlines", "`two\nlines`"},
		{"tab\there", `"tab\there"`},
		{"back`quote\"", "\"back`quote\\\"\""},
		{"cr\r\n\"", `"cr\r\n\""`},
		{"bell\a\"", `"bell\a\""`},
		{"bad \xff\"", `"bad \xff\""`},
		{"bom\ufeff\"", `"bom\ufeff\""`},
	}
	for _, tt := range tests {
		got := goString(tt.in)
		if got != tt.want {
			t.Errorf("goString(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if back, err := strconv.Unquote(got); err != nil || back != tt.in {
			t.Errorf("goString(%q) = %s reads back as %q (%v)", tt.in, got, back, err)
		}
	}
}

// introspectCorpus loads one corpus schema into a fresh database and reads
// it back.
func introspectCorpus(t *testing.T, name string) *model.Schema {
	t.Helper()
	url := pgtest.LoadCorpus(t, name)
	s, err := introspect.Schema(context.Background(), pgtest.Connect(t, url), introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// packageDir makes a directory inside the module (under testdata, which
// ./... patterns skip), so that generated files resolve the model package
// without a network or a go.mod of their own. It is removed at cleanup.
func packageDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("testdata/gomodel", "tmp-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// writeFile writes data to dir/sub/name, creating dir/sub.
func writeFile(t *testing.T, dir, sub, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, sub, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// goCommand runs the go tool in the render directory and returns stdout.
func goCommand(t *testing.T, args ...string) []byte {
	t.Helper()
	goTool := pgtest.Program(t, "go", "the test builds and runs the generated Go model")
	cmd := exec.Command(goTool, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// TestGoModelCorpus generates the Go form of every corpus schema (and of
// the small schema), requires go vet to pass on it, and runs a program that
// prints every Schema() as JSON: each must equal the schema it was
// generated from, Unmanaged aside. Then the main form of one schema is run
// as a model command and must print YAML.
func TestGoModelCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the corpus")
	}
	files, err := filepath.Glob(filepath.Join(pgtest.CorpusSource(t), "*", "schema.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus schemas (%v)", err)
	}
	schemas := map[string]*model.Schema{"small": smallSchema()}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(filepath.Dir(f)))
	}
	loaded := make([]*model.Schema, len(names))
	t.Run("load", func(t *testing.T) {
		for i, name := range names {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				loaded[i] = introspectCorpus(t, name)
			})
		}
	})
	for i, name := range names {
		if loaded[i] == nil {
			t.Fatalf("%s was not loaded", name)
		}
		schemas[name] = loaded[i]
	}
	names = append(names, "small")

	dir := packageDir(t)
	var pkgs []string
	var dump strings.Builder
	dump.WriteString("package main\n\nimport (\n\"encoding/json\"\n\"os\"\n\n\"github.com/retortdb/retort/model\"\n")
	for i, name := range names {
		writeFile(t, dir, name, "model.go", GoModel(schemas[name], "corpusmodel"))
		pkgs = append(pkgs, "./"+filepath.Join(dir, name))
		fmt.Fprintf(&dump, "m%d %q\n", i, modulePath+"/render/"+filepath.ToSlash(filepath.Join(dir, name)))
	}
	dump.WriteString(")\n\nfunc main() {\nout := map[string]*model.Schema{\n")
	for i, name := range names {
		fmt.Fprintf(&dump, "%q: m%d.Schema(),\n", name, i)
	}
	dump.WriteString("}\nif err := json.NewEncoder(os.Stdout).Encode(out); err != nil {\npanic(err)\n}\n}\n")
	writeFile(t, dir, "dump", "main.go", []byte(dump.String()))

	t.Run("vet", func(t *testing.T) {
		goCommand(t, append([]string{"vet"}, pkgs...)...)
	})
	t.Run("round trip", func(t *testing.T) {
		var got map[string]*model.Schema
		if err := json.Unmarshal(goCommand(t, "run", "./"+filepath.Join(dir, "dump")), &got); err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			want := *schemas[name].Portable() // what a model says
			want.Unmanaged = nil
			want.Major = 0 // where the schema was read, which a model does not say
			if d := cmp.Diff(&want, got[name], cmpopts.EquateEmpty()); d != "" {
				t.Errorf("%s: Schema() of the Go form differs from the schema (-want +got)\n%s", name, d)
			}
		}
	})
	t.Run("model command", func(t *testing.T) {
		writeFile(t, dir, "command", "main.go", GoModel(schemas["northwind"], "main"))
		out := goCommand(t, "run", "./"+filepath.Join(dir, "command"))
		got, err := yamlmodel.Decode("northwind.yaml", out)
		if err != nil {
			t.Fatalf("the model command's output does not decode: %v\n%s", err, out)
		}
		want := *schemas["northwind"].Portable()
		want.Unmanaged = nil
		want.Major = 0
		got.Unmanaged = nil
		if d := cmp.Diff(&want, got, cmpopts.EquateEmpty()); d != "" {
			t.Errorf("the model command printed another schema (-want +got)\n%s", d)
		}
	})
}

// TestGoModelExample builds and runs examples/gomodel, which prints its
// model as YAML.
func TestGoModelExample(t *testing.T) {
	goCommand(t, "vet", "../examples/gomodel")
	out := goCommand(t, "run", "../examples/gomodel")
	if !strings.Contains(string(out), "orders") {
		t.Errorf("examples/gomodel printed no orders table:\n%s", out)
	}
}
