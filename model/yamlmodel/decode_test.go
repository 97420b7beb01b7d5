package yamlmodel

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func intp(i int) *int { return &i }

// bigintSeq is a bigint sequence with every option at its default.
func bigintSeq(schema, name string) model.Sequence {
	return model.Sequence{Schema: schema, Name: name, Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1}
}

func TestDecodeYAML(t *testing.T) {
	pub := []model.Namespace{{Name: "public"}}
	tests := []struct {
		name string
		yaml string
		want *model.Schema
	}{
		{"empty", ``, &model.Schema{}},
		{"empty schema", "schemas: {public: }", &model.Schema{Namespaces: pub}},
		{"extension short", "extensions: {pg_trgm: public}",
			&model.Schema{Extensions: []model.Extension{{Name: "pg_trgm", Schema: "public"}}}},
		{"extension long", "extensions: {citext: {schema: ext, version: 1.10, comment: c}}",
			&model.Schema{Extensions: []model.Extension{{Name: "citext", Schema: "ext", Version: "1.10", Comment: "c"}}}},
		{"schema comment", "schemas: {app: {comment: the app}}",
			&model.Schema{Namespaces: []model.Namespace{{Name: "app", Comment: "the app"}}}},
		{"enum short", "schemas: {public: {enums: {mood: [sad, ok]}}}",
			&model.Schema{Namespaces: pub, Enums: []model.Enum{{Schema: "public", Name: "mood", Labels: []string{"sad", "ok"}}}}},
		{"enum long", "schemas: {public: {enums: {st: {labels: [a], comment: c}}}}",
			&model.Schema{Namespaces: pub, Enums: []model.Enum{{Schema: "public", Name: "st", Labels: []string{"a"}, Comment: "c"}}}},
		{"sequence defaults", "schemas: {public: {sequences: {s: {}}}}",
			&model.Schema{Namespaces: pub, Sequences: []model.Sequence{bigintSeq("public", "s")}}},
		{"sequence descending", "schemas: {public: {sequences: {s: {type: int, increment: -1}}}}",
			&model.Schema{Namespaces: pub, Sequences: []model.Sequence{{Schema: "public", Name: "s", Type: "integer",
				Start: -1, Increment: -1, Min: -2147483648, Max: -1, Cache: 1}}}},
		{"sequence long", "schemas: {public: {sequences: {s: {type: smallint, start: 5, increment: 2, min: 3, max: 99, cache: 4, cycle: true, owned_by: t.c, comment: x}}}}",
			&model.Schema{Namespaces: pub, Sequences: []model.Sequence{{Schema: "public", Name: "s", Type: "smallint",
				Start: 5, Increment: 2, Min: 3, Max: 99, Cache: 4, Cycle: true,
				OwnedBy: &model.ColumnRef{Table: model.QualifiedName{Schema: "public", Name: "t"}, Column: "c"}, Comment: "x"}}}},
		{"sequence start defaults to min", "schemas: {public: {sequences: {s: {min: 10}}}}",
			&model.Schema{Namespaces: pub, Sequences: []model.Sequence{{Schema: "public", Name: "s", Type: "bigint",
				Start: 10, Increment: 1, Min: 10, Max: 9223372036854775807, Cache: 1}}}},
		{"owned_by qualified and mapping", "schemas: {public: {sequences: {a: {owned_by: x.t.c}, b: {owned_by: {table: t.1, column: c}}}}}",
			&model.Schema{Namespaces: pub, Sequences: []model.Sequence{
				func() model.Sequence {
					s := bigintSeq("public", "a")
					s.OwnedBy = &model.ColumnRef{Table: model.QualifiedName{Schema: "x", Name: "t"}, Column: "c"}
					return s
				}(),
				func() model.Sequence {
					s := bigintSeq("public", "b")
					s.OwnedBy = &model.ColumnRef{Table: model.QualifiedName{Schema: "public", Name: "t.1"}, Column: "c"}
					return s
				}(),
			}}},
		{"column short forms", "schemas: {public: {enums: {mood: [a]}, tables: {t: {columns: {id: bigint, m: 'public.mood[]', n: mood}}}}}",
			&model.Schema{Namespaces: pub, Enums: []model.Enum{{Schema: "public", Name: "mood", Labels: []string{"a"}}},
				Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
					{Name: "id", Type: "bigint"},
					{Name: "m", Type: "public.mood[]", TypeRef: model.QualifiedName{Schema: "public", Name: "mood"}},
					{Name: "n", Type: "mood"},
				}}}}},
		{"quoted type ref", `schemas: {app: {enums: {"My Mood": [a]}, tables: {t: {columns: {m: 'app."My Mood"'}}}}}`,
			&model.Schema{Namespaces: []model.Namespace{{Name: "app"}}, Enums: []model.Enum{{Schema: "app", Name: "My Mood", Labels: []string{"a"}}},
				Tables: []model.Table{{Schema: "app", Name: "t", Columns: []model.Column{
					{Name: "m", Type: `app."My Mood"`, TypeRef: model.QualifiedName{Schema: "app", Name: "My Mood"}},
				}}}}},
		{"column long form", `schemas: {public: {tables: {t: {columns: {e: {type: text, not_null: true, default: "''", collation: "C", comment: c, statistics: 0, storage: main}}}}}}`,
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
				{Name: "e", Type: "text", NotNull: true, Default: "''", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"},
					Comment: "c", Statistics: intp(0), Storage: model.StorageMain},
			}}}}},
		{"identity defaults", "schemas: {public: {tables: {t: {columns: {id: {type: integer, identity: always}}}}}}",
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
				{Name: "id", Type: "integer", Identity: model.IdentityAlways, IdentitySequence: &model.Sequence{
					Schema: "public", Name: "t_id_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1}},
			}}}}},
		{"identity sequence options", "schemas: {public: {tables: {t: {columns: {id: {type: smallint, identity: by default, sequence: {name: x.s, start: 10, increment: -2, cache: 3, cycle: true, comment: c}}}}}}}",
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
				{Name: "id", Type: "smallint", Identity: model.IdentityByDefault, IdentitySequence: &model.Sequence{
					Schema: "x", Name: "s", Type: "smallint", Start: 10, Increment: -2, Min: -32768, Max: -1, Cache: 3, Cycle: true, Comment: "c"}},
			}}}}},
		{"generated", "schemas: {public: {tables: {t: {columns: {p: integer, g: {type: integer, generated: p * 2}}}}}}",
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
				{Name: "p", Type: "integer"}, {Name: "g", Type: "integer", Generated: "p * 2"},
			}}}}},
		{"table options", "schemas: {public: {tables: {t: {comment: c, unlogged: true, partition_by: LIST (a), options: {fillfactor: 70, autovacuum_enabled: false}}}}}",
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Comment: "c", Unlogged: true,
				PartitionKey: "LIST (a)", Options: []string{"autovacuum_enabled=false", "fillfactor=70"}}}}},
		{"constraints", `schemas: {public: {tables: {t: {constraints: {
			t_pkey: {primary_key: [id], include: [a], with: {fillfactor: 90}, comment: k},
			t_a_key: {unique: [a, b], nulls_not_distinct: true, deferrable: true, initially_deferred: true},
			t_fk: {foreign_key: [r], references: o.p, columns: [x], on_delete: set default, on_update: cascade, on_delete_columns: [r], match: full, not_valid: true},
			t_self: {foreign_key: [r], references: t},
			t_ck: {check: a > 0, no_inherit: true, not_valid: true},
			t_ex: {exclude: USING gist (a WITH =)}}}}}}`,
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Constraints: []model.Constraint{
				{Name: "t_a_key", Kind: model.Unique, Columns: []string{"a", "b"}, NullsNotDistinct: true, Deferrable: true, InitiallyDeferred: true},
				{Name: "t_ck", Kind: model.Check, Expression: "a > 0", NoInherit: true, NotValid: true},
				{Name: "t_ex", Kind: model.Exclusion, Definition: "EXCLUDE USING gist (a WITH =)"},
				{Name: "t_fk", Kind: model.ForeignKey, Columns: []string{"r"}, References: model.QualifiedName{Schema: "o", Name: "p"}, RefColumns: []string{"x"},
					OnDelete: model.SetDefault, OnUpdate: model.Cascade, OnDeleteColumns: []string{"r"}, Match: model.MatchFull, NotValid: true},
				{Name: "t_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}, Include: []string{"a"}, IndexOptions: []string{"fillfactor=90"}, Comment: "k"},
				{Name: "t_self", Kind: model.ForeignKey, Columns: []string{"r"}, References: model.QualifiedName{Schema: "public", Name: "t"}, RefColumns: []string{"id"}},
			}}}}},
		{"constraints of PostgreSQL 18", `schemas: {public: {tables: {
			p: {constraints: {p_pkey: {primary_key: [id, during], without_overlaps: true}}},
			t: {constraints: {
			t_a_key: {unique: [a, during], without_overlaps: true, deferrable: true},
			t_fk: {foreign_key: [r, during], period: true, references: p},
			t_loose_fk: {foreign_key: [r], references: o.p, columns: [x], not_enforced: true},
			t_ck: {check: a > 0, not_enforced: true}}}}}}`,
			&model.Schema{Namespaces: pub, Tables: []model.Table{
				{Schema: "public", Name: "p", Constraints: []model.Constraint{
					{Name: "p_pkey", Kind: model.PrimaryKey, Columns: []string{"id", "during"}, WithoutOverlaps: true},
				}},
				{Schema: "public", Name: "t", Constraints: []model.Constraint{
					{Name: "t_a_key", Kind: model.Unique, Columns: []string{"a", "during"}, WithoutOverlaps: true, Deferrable: true},
					{Name: "t_ck", Kind: model.Check, Expression: "a > 0", NotEnforced: true},
					{Name: "t_fk", Kind: model.ForeignKey, Columns: []string{"r", "during"}, Period: true,
						References: model.QualifiedName{Schema: "public", Name: "p"}, RefColumns: []string{"id", "during"}},
					{Name: "t_loose_fk", Kind: model.ForeignKey, Columns: []string{"r"}, References: model.QualifiedName{Schema: "o", Name: "p"}, RefColumns: []string{"x"}, NotEnforced: true},
				}},
			}}},
		{"indexes", `schemas: {public: {tables: {t: {indexes: {
			i1: {keys: [a]},
			i2: {keys: [{column: a, desc: true}, {column: b, desc: true, nulls: last}, {column: c, nulls: first},
			            {expression: lower(a), collation: "C", opclass: x.ops}, {expression: a + b}, {expression: (a)}],
			     unique: true, using: gist, include: [d], where: a > 0, with: {fillfactor: 70}, nulls_not_distinct: true, comment: c}}}}}}`,
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Indexes: []model.Index{
				{Name: "i1", Method: "btree", Keys: []model.IndexKey{{Column: "a"}}},
				{Name: "i2", Unique: true, Method: "gist", Keys: []model.IndexKey{
					{Column: "a", Descending: true, NullsFirst: true},
					{Column: "b", Descending: true},
					{Column: "c", NullsFirst: true},
					{Expression: "lower(a)", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Opclass: &model.QualifiedName{Schema: "x", Name: "ops"}},
					{Expression: "(a + b)"},
					{Expression: "(a)"},
				}, Include: []string{"d"}, Predicate: "a > 0", Options: []string{"fillfactor=70"}, NullsNotDistinct: true, Comment: "c"},
			}}}}},
		{"domain short form", "schemas: {public: {domains: {short: integer}}}",
			&model.Schema{Namespaces: pub, Domains: []model.Domain{{Schema: "public", Name: "short", Type: "integer"}}}},
		{"domain long form", `schemas: {public: {domains: {positive_int: {type: integer, not_null: true, default: "1", collation: "C",
			checks: {small: {check: "CHECK (VALUE < 100)", not_valid: true, comment: x}, positive: "CHECK (VALUE > 0)"}, comment: c}}}}`,
			&model.Schema{Namespaces: pub, Domains: []model.Domain{{Schema: "public", Name: "positive_int", Type: "integer", NotNull: true, Default: "1",
				Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Checks: []model.DomainCheck{
					{Name: "positive", Expression: "CHECK (VALUE > 0)"},
					{Name: "small", Expression: "CHECK (VALUE < 100)", NotValid: true, Comment: "x"},
				}, Comment: "c"}}}},
		{"composite", `schemas: {public: {composites: {money_amount: {attributes: {amount: "numeric(12,2)", currency: {type: text, collation: "C", comment: x}}, comment: c}, empty: {}}}}`,
			&model.Schema{Namespaces: pub, Composites: []model.CompositeType{
				{Schema: "public", Name: "empty"},
				{Schema: "public", Name: "money_amount", Attributes: []model.Attribute{
					{Name: "amount", Type: "numeric(12,2)"},
					{Name: "currency", Type: "text", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Comment: "x"},
				}, Comment: "c"},
			}}},
		{"columns of domain and composite types", "schemas: {public: {domains: {d: int}, composites: {c: {}}, tables: {t: {columns: {a: public.d, b: 'public.c[]', e: d}}}}}",
			&model.Schema{Namespaces: pub, Domains: []model.Domain{{Schema: "public", Name: "d", Type: "int"}}, Composites: []model.CompositeType{{Schema: "public", Name: "c"}},
				Tables: []model.Table{{Schema: "public", Name: "t", Columns: []model.Column{
					{Name: "a", Type: "public.d", TypeRef: model.QualifiedName{Schema: "public", Name: "d"}},
					{Name: "b", Type: "public.c[]", TypeRef: model.QualifiedName{Schema: "public", Name: "c"}},
					{Name: "e", Type: "d"},
				}}}}},
		{"functions", `schemas: {public: {functions: {
			"add(integer, integer)": {arguments: "a integer, b integer", result: integer, comment: c,
				definition: "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$select a + b$function$\n"},
			"now()": {definition: "CREATE FUNCTION public.now() ..."},
			"p(text)": {definition: "create  or replace\nprocedure public.p(t text) ..."},
			"q()": {kind: function, definition: "CREATE PROCEDURE public.q() ..."},
			"r()": {kind: procedure, definition: "..."},
			"f(x(integer)": {definition: "..."}}}}`,
			&model.Schema{Namespaces: pub, Functions: []model.Function{
				{Schema: "public", Name: "add", IdentityArguments: "integer, integer", Arguments: "a integer, b integer", Result: "integer", Comment: "c",
					Definition: "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$select a + b$function$\n"},
				{Schema: "public", Name: "f(x", IdentityArguments: "integer", Definition: "..."},
				{Schema: "public", Name: "now", Definition: "CREATE FUNCTION public.now() ..."},
				{Schema: "public", Name: "p", Kind: model.Procedure, IdentityArguments: "text", Definition: "create  or replace\nprocedure public.p(t text) ..."},
				{Schema: "public", Name: "q", Definition: "CREATE PROCEDURE public.q() ..."},
				{Schema: "public", Name: "r", Kind: model.Procedure, Definition: "..."},
			}}},
		{"views", `schemas: {public: {views: {
			active: {definition: " SELECT 1 AS id;", options: {check_option: local, security_barrier: true}, comment: c,
				columns: {id: {comment: x}, other: {}},
				triggers: {ins: "CREATE TRIGGER ins INSTEAD OF INSERT ON public.active FOR EACH ROW EXECUTE FUNCTION public.f()"}},
			totals: {materialized: true, definition: SELECT 2, options: {fillfactor: 50}, indexes: {totals_idx: {keys: [a]}}}}}}`,
			&model.Schema{Namespaces: pub, Views: []model.View{
				{Schema: "public", Name: "active", Definition: " SELECT 1 AS id;", Options: []string{"check_option=local", "security_barrier=true"}, Comment: "c",
					Columns:  []model.ViewColumn{{Name: "id", Comment: "x"}},
					Triggers: []model.Trigger{{Name: "ins", Definition: "CREATE TRIGGER ins INSTEAD OF INSERT ON public.active FOR EACH ROW EXECUTE FUNCTION public.f()"}}},
				{Schema: "public", Name: "totals", Materialized: true, Definition: "SELECT 2", Options: []string{"fillfactor=50"},
					Indexes: []model.Index{{Name: "totals_idx", Method: "btree", Keys: []model.IndexKey{{Column: "a"}}}}},
			}}},
		{"table triggers", `schemas: {public: {tables: {t: {triggers: {
			t_b: "CREATE TRIGGER t_b BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()",
			t_a: {definition: "CREATE TRIGGER t_a AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit()", enabled: disabled, comment: x},
			t_c: {definition: c, enabled: replica}, t_d: {definition: d, enabled: always}, t_e: {definition: e, enabled: origin}}}}}}`,
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", Triggers: []model.Trigger{
				{Name: "t_a", Definition: "CREATE TRIGGER t_a AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit()", Enabled: model.TriggerDisabled, Comment: "x"},
				{Name: "t_b", Definition: "CREATE TRIGGER t_b BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()"},
				{Name: "t_c", Definition: "c", Enabled: model.TriggerReplica},
				{Name: "t_d", Definition: "d", Enabled: model.TriggerAlways},
				{Name: "t_e", Definition: "e"},
			}}}}},
		{"row security and policies", `schemas: {public: {tables: {t: {row_security: true, force_row_security: true, policies: {
			p_b: {command: select, permissive: false, roles: [writer, reader], using: "owner = current_user", with_check: "id > 0", comment: x},
			p_a: {}}}}}}`,
			&model.Schema{Namespaces: pub, Tables: []model.Table{{Schema: "public", Name: "t", RowSecurity: true, ForceRowSecurity: true, Policies: []model.Policy{
				{Name: "p_a", Command: "ALL", Permissive: true, Roles: []string{"public"}},
				{Name: "p_b", Command: "SELECT", Roles: []string{"reader", "writer"}, Using: "owner = current_user", WithCheck: "id > 0", Comment: "x"},
			}}}}},
		{"anchors and aliases", "schemas: {public: {tables: {a: &t {columns: {id: bigint}}, b: *t}}}",
			&model.Schema{Namespaces: pub, Tables: []model.Table{
				{Schema: "public", Name: "a", Columns: []model.Column{{Name: "id", Type: "bigint"}}},
				{Schema: "public", Name: "b", Columns: []model.Column{{Name: "id", Type: "bigint"}}},
			}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode("m.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
