package model

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func intp(i int) *int { return &i }

// bigintSeq is a bigint sequence with every option at its default.
func bigintSeq(schema, name string) Sequence {
	return Sequence{Schema: schema, Name: name, Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1}
}

func TestDecodeYAML(t *testing.T) {
	pub := []Namespace{{Name: "public"}}
	tests := []struct {
		name string
		yaml string
		want *Schema
	}{
		{"empty", ``, &Schema{}},
		{"empty schema", "schemas: {public: }", &Schema{Namespaces: pub}},
		{"extension short", "extensions: {pg_trgm: public}",
			&Schema{Extensions: []Extension{{Name: "pg_trgm", Schema: "public"}}}},
		{"extension long", "extensions: {citext: {schema: ext, version: 1.10, comment: c}}",
			&Schema{Extensions: []Extension{{Name: "citext", Schema: "ext", Version: "1.10", Comment: "c"}}}},
		{"schema comment", "schemas: {app: {comment: the app}}",
			&Schema{Namespaces: []Namespace{{Name: "app", Comment: "the app"}}}},
		{"enum short", "schemas: {public: {enums: {mood: [sad, ok]}}}",
			&Schema{Namespaces: pub, Enums: []Enum{{Schema: "public", Name: "mood", Labels: []string{"sad", "ok"}}}}},
		{"enum long", "schemas: {public: {enums: {st: {labels: [a], comment: c}}}}",
			&Schema{Namespaces: pub, Enums: []Enum{{Schema: "public", Name: "st", Labels: []string{"a"}, Comment: "c"}}}},
		{"sequence defaults", "schemas: {public: {sequences: {s: {}}}}",
			&Schema{Namespaces: pub, Sequences: []Sequence{bigintSeq("public", "s")}}},
		{"sequence descending", "schemas: {public: {sequences: {s: {type: int, increment: -1}}}}",
			&Schema{Namespaces: pub, Sequences: []Sequence{{Schema: "public", Name: "s", Type: "integer",
				Start: -1, Increment: -1, Min: -2147483648, Max: -1, Cache: 1}}}},
		{"sequence long", "schemas: {public: {sequences: {s: {type: smallint, start: 5, increment: 2, min: 3, max: 99, cache: 4, cycle: true, owned_by: t.c, comment: x}}}}",
			&Schema{Namespaces: pub, Sequences: []Sequence{{Schema: "public", Name: "s", Type: "smallint",
				Start: 5, Increment: 2, Min: 3, Max: 99, Cache: 4, Cycle: true,
				OwnedBy: &ColumnRef{Table: QualifiedName{"public", "t"}, Column: "c"}, Comment: "x"}}}},
		{"sequence start defaults to min", "schemas: {public: {sequences: {s: {min: 10}}}}",
			&Schema{Namespaces: pub, Sequences: []Sequence{{Schema: "public", Name: "s", Type: "bigint",
				Start: 10, Increment: 1, Min: 10, Max: 9223372036854775807, Cache: 1}}}},
		{"owned_by qualified and mapping", "schemas: {public: {sequences: {a: {owned_by: x.t.c}, b: {owned_by: {table: t.1, column: c}}}}}",
			&Schema{Namespaces: pub, Sequences: []Sequence{
				func() Sequence {
					s := bigintSeq("public", "a")
					s.OwnedBy = &ColumnRef{Table: QualifiedName{"x", "t"}, Column: "c"}
					return s
				}(),
				func() Sequence {
					s := bigintSeq("public", "b")
					s.OwnedBy = &ColumnRef{Table: QualifiedName{"public", "t.1"}, Column: "c"}
					return s
				}(),
			}}},
		{"column short forms", "schemas: {public: {enums: {mood: [a]}, tables: {t: {columns: {id: bigint, m: 'public.mood[]', n: mood}}}}}",
			&Schema{Namespaces: pub, Enums: []Enum{{Schema: "public", Name: "mood", Labels: []string{"a"}}},
				Tables: []Table{{Schema: "public", Name: "t", Columns: []Column{
					{Name: "id", Type: "bigint"},
					{Name: "m", Type: "public.mood[]", TypeRef: QualifiedName{"public", "mood"}},
					{Name: "n", Type: "mood"},
				}}}}},
		{"quoted type ref", `schemas: {app: {enums: {"My Mood": [a]}, tables: {t: {columns: {m: 'app."My Mood"'}}}}}`,
			&Schema{Namespaces: []Namespace{{Name: "app"}}, Enums: []Enum{{Schema: "app", Name: "My Mood", Labels: []string{"a"}}},
				Tables: []Table{{Schema: "app", Name: "t", Columns: []Column{
					{Name: "m", Type: `app."My Mood"`, TypeRef: QualifiedName{"app", "My Mood"}},
				}}}}},
		{"column long form", `schemas: {public: {tables: {t: {columns: {e: {type: text, not_null: true, default: "''", collation: "C", comment: c, statistics: 0, storage: main}}}}}}`,
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Columns: []Column{
				{Name: "e", Type: "text", NotNull: true, Default: "''", Collation: &QualifiedName{"pg_catalog", "C"},
					Comment: "c", Statistics: intp(0), Storage: StorageMain},
			}}}}},
		{"identity defaults", "schemas: {public: {tables: {t: {columns: {id: {type: integer, identity: always}}}}}}",
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Columns: []Column{
				{Name: "id", Type: "integer", Identity: IdentityAlways, IdentitySequence: &Sequence{
					Schema: "public", Name: "t_id_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1}},
			}}}}},
		{"identity sequence options", "schemas: {public: {tables: {t: {columns: {id: {type: smallint, identity: by default, sequence: {name: x.s, start: 10, increment: -2, cache: 3, cycle: true, comment: c}}}}}}}",
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Columns: []Column{
				{Name: "id", Type: "smallint", Identity: IdentityByDefault, IdentitySequence: &Sequence{
					Schema: "x", Name: "s", Type: "smallint", Start: 10, Increment: -2, Min: -32768, Max: -1, Cache: 3, Cycle: true, Comment: "c"}},
			}}}}},
		{"generated", "schemas: {public: {tables: {t: {columns: {p: integer, g: {type: integer, generated: p * 2}}}}}}",
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Columns: []Column{
				{Name: "p", Type: "integer"}, {Name: "g", Type: "integer", Generated: "p * 2"},
			}}}}},
		{"table options", "schemas: {public: {tables: {t: {comment: c, unlogged: true, partition_by: LIST (a), options: {fillfactor: 70, autovacuum_enabled: false}}}}}",
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Comment: "c", Unlogged: true,
				PartitionKey: "LIST (a)", Options: []string{"autovacuum_enabled=false", "fillfactor=70"}}}}},
		{"constraints", `schemas: {public: {tables: {t: {constraints: {
			t_pkey: {primary_key: [id], include: [a], with: {fillfactor: 90}, comment: k},
			t_a_key: {unique: [a, b], nulls_not_distinct: true, deferrable: true, initially_deferred: true},
			t_fk: {foreign_key: [r], references: o.p, columns: [x], on_delete: set default, on_update: cascade, on_delete_columns: [r], match: full, not_valid: true},
			t_self: {foreign_key: [r], references: t},
			t_ck: {check: a > 0, no_inherit: true, not_valid: true},
			t_ex: {exclude: USING gist (a WITH =)}}}}}}`,
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Constraints: []Constraint{
				{Name: "t_a_key", Kind: Unique, Columns: []string{"a", "b"}, NullsNotDistinct: true, Deferrable: true, InitiallyDeferred: true},
				{Name: "t_ck", Kind: Check, Expression: "a > 0", NoInherit: true, NotValid: true},
				{Name: "t_ex", Kind: Exclusion, Definition: "EXCLUDE USING gist (a WITH =)"},
				{Name: "t_fk", Kind: ForeignKey, Columns: []string{"r"}, References: QualifiedName{"o", "p"}, RefColumns: []string{"x"},
					OnDelete: SetDefault, OnUpdate: Cascade, OnDeleteColumns: []string{"r"}, Match: MatchFull, NotValid: true},
				{Name: "t_pkey", Kind: PrimaryKey, Columns: []string{"id"}, Include: []string{"a"}, IndexOptions: []string{"fillfactor=90"}, Comment: "k"},
				{Name: "t_self", Kind: ForeignKey, Columns: []string{"r"}, References: QualifiedName{"public", "t"}, RefColumns: []string{"id"}},
			}}}}},
		{"constraints of PostgreSQL 18", `schemas: {public: {tables: {
			p: {constraints: {p_pkey: {primary_key: [id, during], without_overlaps: true}}},
			t: {constraints: {
			t_a_key: {unique: [a, during], without_overlaps: true, deferrable: true},
			t_fk: {foreign_key: [r, during], period: true, references: p},
			t_loose_fk: {foreign_key: [r], references: o.p, columns: [x], not_enforced: true},
			t_ck: {check: a > 0, not_enforced: true}}}}}}`,
			&Schema{Namespaces: pub, Tables: []Table{
				{Schema: "public", Name: "p", Constraints: []Constraint{
					{Name: "p_pkey", Kind: PrimaryKey, Columns: []string{"id", "during"}, WithoutOverlaps: true},
				}},
				{Schema: "public", Name: "t", Constraints: []Constraint{
					{Name: "t_a_key", Kind: Unique, Columns: []string{"a", "during"}, WithoutOverlaps: true, Deferrable: true},
					{Name: "t_ck", Kind: Check, Expression: "a > 0", NotEnforced: true},
					{Name: "t_fk", Kind: ForeignKey, Columns: []string{"r", "during"}, Period: true,
						References: QualifiedName{"public", "p"}, RefColumns: []string{"id", "during"}},
					{Name: "t_loose_fk", Kind: ForeignKey, Columns: []string{"r"}, References: QualifiedName{"o", "p"}, RefColumns: []string{"x"}, NotEnforced: true},
				}},
			}}},
		{"indexes", `schemas: {public: {tables: {t: {indexes: {
			i1: {keys: [a]},
			i2: {keys: [{column: a, desc: true}, {column: b, desc: true, nulls: last}, {column: c, nulls: first},
			            {expression: lower(a), collation: "C", opclass: x.ops}, {expression: a + b}, {expression: (a)}],
			     unique: true, using: gist, include: [d], where: a > 0, with: {fillfactor: 70}, nulls_not_distinct: true, comment: c}}}}}}`,
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Indexes: []Index{
				{Name: "i1", Method: "btree", Keys: []IndexKey{{Column: "a"}}},
				{Name: "i2", Unique: true, Method: "gist", Keys: []IndexKey{
					{Column: "a", Descending: true, NullsFirst: true},
					{Column: "b", Descending: true},
					{Column: "c", NullsFirst: true},
					{Expression: "lower(a)", Collation: &QualifiedName{"pg_catalog", "C"}, Opclass: &QualifiedName{"x", "ops"}},
					{Expression: "(a + b)"},
					{Expression: "(a)"},
				}, Include: []string{"d"}, Predicate: "a > 0", Options: []string{"fillfactor=70"}, NullsNotDistinct: true, Comment: "c"},
			}}}}},
		{"domain short form", "schemas: {public: {domains: {short: integer}}}",
			&Schema{Namespaces: pub, Domains: []Domain{{Schema: "public", Name: "short", Type: "integer"}}}},
		{"domain long form", `schemas: {public: {domains: {positive_int: {type: integer, not_null: true, default: "1", collation: "C",
			checks: {small: {check: "CHECK (VALUE < 100)", not_valid: true, comment: x}, positive: "CHECK (VALUE > 0)"}, comment: c}}}}`,
			&Schema{Namespaces: pub, Domains: []Domain{{Schema: "public", Name: "positive_int", Type: "integer", NotNull: true, Default: "1",
				Collation: &QualifiedName{"pg_catalog", "C"}, Checks: []DomainCheck{
					{Name: "positive", Expression: "CHECK (VALUE > 0)"},
					{Name: "small", Expression: "CHECK (VALUE < 100)", NotValid: true, Comment: "x"},
				}, Comment: "c"}}}},
		{"composite", `schemas: {public: {composites: {money_amount: {attributes: {amount: "numeric(12,2)", currency: {type: text, collation: "C", comment: x}}, comment: c}, empty: {}}}}`,
			&Schema{Namespaces: pub, Composites: []CompositeType{
				{Schema: "public", Name: "empty"},
				{Schema: "public", Name: "money_amount", Attributes: []Attribute{
					{Name: "amount", Type: "numeric(12,2)"},
					{Name: "currency", Type: "text", Collation: &QualifiedName{"pg_catalog", "C"}, Comment: "x"},
				}, Comment: "c"},
			}}},
		{"columns of domain and composite types", "schemas: {public: {domains: {d: int}, composites: {c: {}}, tables: {t: {columns: {a: public.d, b: 'public.c[]', e: d}}}}}",
			&Schema{Namespaces: pub, Domains: []Domain{{Schema: "public", Name: "d", Type: "int"}}, Composites: []CompositeType{{Schema: "public", Name: "c"}},
				Tables: []Table{{Schema: "public", Name: "t", Columns: []Column{
					{Name: "a", Type: "public.d", TypeRef: QualifiedName{"public", "d"}},
					{Name: "b", Type: "public.c[]", TypeRef: QualifiedName{"public", "c"}},
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
			&Schema{Namespaces: pub, Functions: []Function{
				{Schema: "public", Name: "add", IdentityArguments: "integer, integer", Arguments: "a integer, b integer", Result: "integer", Comment: "c",
					Definition: "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$select a + b$function$\n"},
				{Schema: "public", Name: "f(x", IdentityArguments: "integer", Definition: "..."},
				{Schema: "public", Name: "now", Definition: "CREATE FUNCTION public.now() ..."},
				{Schema: "public", Name: "p", Kind: Procedure, IdentityArguments: "text", Definition: "create  or replace\nprocedure public.p(t text) ..."},
				{Schema: "public", Name: "q", Definition: "CREATE PROCEDURE public.q() ..."},
				{Schema: "public", Name: "r", Kind: Procedure, Definition: "..."},
			}}},
		{"views", `schemas: {public: {views: {
			active: {definition: " SELECT 1 AS id;", options: {check_option: local, security_barrier: true}, comment: c,
				columns: {id: {comment: x}, other: {}},
				triggers: {ins: "CREATE TRIGGER ins INSTEAD OF INSERT ON public.active FOR EACH ROW EXECUTE FUNCTION public.f()"}},
			totals: {materialized: true, definition: SELECT 2, options: {fillfactor: 50}, indexes: {totals_idx: {keys: [a]}}}}}}`,
			&Schema{Namespaces: pub, Views: []View{
				{Schema: "public", Name: "active", Definition: " SELECT 1 AS id;", Options: []string{"check_option=local", "security_barrier=true"}, Comment: "c",
					Columns:  []ViewColumn{{Name: "id", Comment: "x"}},
					Triggers: []Trigger{{Name: "ins", Definition: "CREATE TRIGGER ins INSTEAD OF INSERT ON public.active FOR EACH ROW EXECUTE FUNCTION public.f()"}}},
				{Schema: "public", Name: "totals", Materialized: true, Definition: "SELECT 2", Options: []string{"fillfactor=50"},
					Indexes: []Index{{Name: "totals_idx", Method: "btree", Keys: []IndexKey{{Column: "a"}}}}},
			}}},
		{"table triggers", `schemas: {public: {tables: {t: {triggers: {
			t_b: "CREATE TRIGGER t_b BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()",
			t_a: {definition: "CREATE TRIGGER t_a AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit()", enabled: disabled, comment: x},
			t_c: {definition: c, enabled: replica}, t_d: {definition: d, enabled: always}, t_e: {definition: e, enabled: origin}}}}}}`,
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", Triggers: []Trigger{
				{Name: "t_a", Definition: "CREATE TRIGGER t_a AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit()", Enabled: TriggerDisabled, Comment: "x"},
				{Name: "t_b", Definition: "CREATE TRIGGER t_b BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()"},
				{Name: "t_c", Definition: "c", Enabled: TriggerReplica},
				{Name: "t_d", Definition: "d", Enabled: TriggerAlways},
				{Name: "t_e", Definition: "e"},
			}}}}},
		{"row security and policies", `schemas: {public: {tables: {t: {row_security: true, force_row_security: true, policies: {
			p_b: {command: select, permissive: false, roles: [writer, reader], using: "owner = current_user", with_check: "id > 0", comment: x},
			p_a: {}}}}}}`,
			&Schema{Namespaces: pub, Tables: []Table{{Schema: "public", Name: "t", RowSecurity: true, ForceRowSecurity: true, Policies: []Policy{
				{Name: "p_a", Command: "ALL", Permissive: true, Roles: []string{"public"}},
				{Name: "p_b", Command: "SELECT", Roles: []string{"reader", "writer"}, Using: "owner = current_user", WithCheck: "id > 0", Comment: "x"},
			}}}}},
		{"anchors and aliases", "schemas: {public: {tables: {a: &t {columns: {id: bigint}}, b: *t}}}",
			&Schema{Namespaces: pub, Tables: []Table{
				{Schema: "public", Name: "a", Columns: []Column{{Name: "id", Type: "bigint"}}},
				{Schema: "public", Name: "b", Columns: []Column{{Name: "id", Type: "bigint"}}},
			}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeYAML("m.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
