package yamlmodel

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func TestDecodeYAMLErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown top-level key", "schema: {}",
			`m.yaml:1:1: unknown key "schema"; expected one of extensions, schemas, privileges`},
		{"unknown extension key", "extensions: {x: {schema: a, versoin: 1}}",
			`m.yaml:1:29: extensions.x: unknown key "versoin"; expected one of schema, version, requires, comment`},
		{"unknown schema key", "schemas: {s: {table: {}}}",
			`m.yaml:1:15: schemas.s: unknown key "table"; expected one of comment, collations, enums, domains, composites, ranges, sequences, functions, tables, views, text_search_dictionaries, text_search_configs, statistics, renamed_from`},
		{"unknown enum key", "schemas: {s: {enums: {e: {label: [a]}}}}",
			`m.yaml:1:27: schemas.s.enums.e: unknown key "label"; expected one of labels, removed_labels, comment, renamed_from`},
		{"unknown sequence key", "schemas: {s: {sequences: {q: {step: 2}}}}",
			`m.yaml:1:31: schemas.s.sequences.q: unknown key "step"; expected one of type, start, increment, min, max, cache, cycle, owned_by, comment`},
		{"unknown table key", "schemas: {s: {tables: {t: {column: {}}}}}",
			`m.yaml:1:28: schemas.s.tables.t: unknown key "column"; expected one of comment, unlogged, partition_by, partition_of, bound, inherits, options, columns, inherited_columns, constraints, indexes, triggers, row_security, force_row_security, policies, rules, renamed_from`},
		{"unknown column key", "schemas:\n  public:\n    tables:\n      orders:\n        columns:\n          total: {type: numeric, generatd: a}\n",
			`m.yaml:6:34: schemas.public.tables.orders.columns.total: unknown key "generatd"; expected one of type, not_null, not_null_name, not_null_not_valid, not_null_no_inherit, default, collation, comment, statistics, storage, identity, sequence, generated, virtual, renamed_from, using`},
		{"unknown identity sequence key", "schemas: {s: {tables: {t: {columns: {c: {type: int, identity: always, sequence: {owned_by: t.c}}}}}}}",
			`m.yaml:1:82: schemas.s.tables.t.columns.c.sequence: unknown key "owned_by"; expected one of name, type, start, increment, min, max, cache, cycle, comment`},
		{"unknown constraint key", "schemas: {s: {tables: {t: {constraints: {k: {check: a, deferable: true}}}}}}",
			`m.yaml:1:56: schemas.s.tables.t.constraints.k: unknown key "deferable"; expected one of check, no_inherit, not_valid, not_enforced, deferrable, initially_deferred, comment, renamed_from`},
		{"constraint key of another kind", "schemas: {s: {tables: {t: {constraints: {k: {primary_key: [a], no_inherit: true}}}}}}",
			`m.yaml:1:64: schemas.s.tables.t.constraints.k: key "no_inherit" does not apply to a primary_key constraint; expected one of primary_key, without_overlaps, include, with, index_comment, attached_to, deferrable, initially_deferred, comment, renamed_from`},
		{"period on a check", "schemas: {s: {tables: {t: {constraints: {k: {check: a > 0, period: true}}}}}}",
			`m.yaml:1:60: schemas.s.tables.t.constraints.k: key "period" does not apply to a check constraint; expected one of check, no_inherit, not_valid, not_enforced, deferrable, initially_deferred, comment, renamed_from`},
		{"not_enforced on a unique constraint", "schemas: {s: {tables: {t: {constraints: {k: {unique: [a], not_enforced: true}}}}}}",
			`m.yaml:1:59: schemas.s.tables.t.constraints.k: key "not_enforced" does not apply to a unique constraint; expected one of unique, without_overlaps, include, with, nulls_not_distinct, index_comment, attached_to, deferrable, initially_deferred, comment, renamed_from`},
		{"unknown index key", "schemas: {s: {tables: {t: {indexes: {i: {keys: [a], method: gin}}}}}}",
			`m.yaml:1:53: schemas.s.tables.t.indexes.i: unknown key "method"; expected one of keys, unique, using, include, where, with, nulls_not_distinct, comment, attached_to, renamed_from`},
		{"unknown index key option", "schemas: {s: {tables: {t: {indexes: {i: {keys: [{column: a, descending: true}]}}}}}}",
			`m.yaml:1:61: schemas.s.tables.t.indexes.i.keys[0]: unknown key "descending"; expected one of column, expression, collation, opclass, desc, nulls`},
		{"unknown domain key", "schemas: {s: {domains: {d: {type: int, check: x}}}}",
			`m.yaml:1:40: schemas.s.domains.d: unknown key "check"; expected one of type, not_null, default, collation, checks, comment, renamed_from`},
		{"unknown domain check key", "schemas: {s: {domains: {d: {type: int, checks: {c: {expression: x}}}}}}",
			`m.yaml:1:53: schemas.s.domains.d.checks.c: unknown key "expression"; expected one of check, not_valid, comment`},
		{"unknown composite key", "schemas: {s: {composites: {c: {attrs: {}}}}}",
			`m.yaml:1:32: schemas.s.composites.c: unknown key "attrs"; expected one of attributes, comment, renamed_from`},
		{"unknown attribute key", "schemas: {s: {composites: {c: {attributes: {a: {type: int, not_null: true}}}}}}",
			`m.yaml:1:60: schemas.s.composites.c.attributes.a: unknown key "not_null"; expected one of type, collation, comment`},
		{"unknown function key", "schemas: {s: {functions: {f(): {definition: x, language: sql}}}}",
			`m.yaml:1:48: schemas.s.functions.f(): unknown key "language"; expected one of kind, arguments, result, definition, comment`},
		{"unknown view key", "schemas: {s: {views: {v: {definition: x, query: y}}}}",
			`m.yaml:1:42: schemas.s.views.v: unknown key "query"; expected one of materialized, definition, options, columns, indexes, triggers, rules, comment, renamed_from`},
		{"unknown view column key", "schemas: {s: {views: {v: {definition: x, columns: {c: {type: int}}}}}}",
			`m.yaml:1:56: schemas.s.views.v.columns.c: unknown key "type"; expected one of comment`},
		{"unknown trigger key", "schemas: {s: {tables: {t: {triggers: {g: {definition: x, when: y}}}}}}",
			`m.yaml:1:58: schemas.s.tables.t.triggers.g: unknown key "when"; expected one of definition, enabled, comment`},
		{"unknown qualified name key", "schemas: {s: {tables: {t: {columns: {c: {type: text, collation: {schema: a, nam: b}}}}}}}",
			`m.yaml:1:77: schemas.s.tables.t.columns.c.collation: unknown key "nam"; expected one of schema, name`},

		{"table as a sequence", "schemas: {s: {tables: {t: [a]}}}",
			`m.yaml:1:27: schemas.s.tables.t: got a sequence; expected a mapping`},
		{"boolean as a string", "schemas: {s: {tables: {t: {columns: {c: {type: int, not_null: yes}}}}}}",
			`m.yaml:1:63: schemas.s.tables.t.columns.c.not_null: got a string; expected true or false`},
		{"integer as a string", "schemas: {s: {tables: {t: {columns: {c: {type: int, statistics: high}}}}}}",
			`m.yaml:1:65: schemas.s.tables.t.columns.c.statistics: got a string; expected an integer`},
		{"integer too large", "schemas: {s: {sequences: {q: {max: 9223372036854775808}}}}",
			`m.yaml:1:36: schemas.s.sequences.q.max: got "9223372036854775808"; expected an integer that fits in 64 bits`},
		{"labels as a string", "schemas: {s: {enums: {e: {labels: a}}}}",
			`m.yaml:1:35: schemas.s.enums.e.labels: got a string; expected a sequence of labels`},
		{"column as a sequence", "schemas: {s: {tables: {t: {columns: {c: [int]}}}}}",
			`m.yaml:1:41: schemas.s.tables.t.columns.c: got a sequence; expected a type or a mapping`},
		{"null type", "schemas: {s: {tables: {t: {columns: {c: {type: ~}}}}}}",
			`m.yaml:1:48: schemas.s.tables.t.columns.c.type: got null; expected a string`},
		{"option value as a mapping", "schemas: {s: {tables: {t: {options: {fillfactor: {a: 1}}}}}}",
			`m.yaml:1:50: schemas.s.tables.t.options.fillfactor: got a mapping; expected a scalar value`},

		{"bad identity", "schemas: {s: {tables: {t: {columns: {c: {type: int, identity: sometimes}}}}}}",
			`m.yaml:1:63: schemas.s.tables.t.columns.c.identity: bad value "sometimes"; expected one of always, by default`},
		{"bad storage", "schemas: {s: {tables: {t: {columns: {c: {type: int, storage: EXTERNAL}}}}}}",
			`m.yaml:1:62: schemas.s.tables.t.columns.c.storage: bad value "EXTERNAL"; expected one of plain, external, extended, main`},
		{"bad on_delete", "schemas: {s: {tables: {t: {constraints: {k: {foreign_key: [a], references: u, columns: [b], on_delete: nothing}}}}}}",
			`m.yaml:1:104: schemas.s.tables.t.constraints.k.on_delete: bad value "nothing"; expected one of no action, restrict, cascade, set null, set default`},
		{"bad match", "schemas: {s: {tables: {t: {constraints: {k: {foreign_key: [a], references: u, columns: [b], match: half}}}}}}",
			`m.yaml:1:100: schemas.s.tables.t.constraints.k.match: bad value "half"; expected one of simple, full, partial`},
		{"bad nulls", "schemas: {s: {tables: {t: {indexes: {i: {keys: [{column: a, nulls: top}]}}}}}}",
			`m.yaml:1:68: schemas.s.tables.t.indexes.i.keys[0].nulls: bad value "top"; expected one of first, last`},
		{"bad function kind", "schemas: {s: {functions: {f(): {kind: trigger, definition: x}}}}",
			`m.yaml:1:39: schemas.s.functions.f().kind: bad value "trigger"; expected one of function, procedure, aggregate, window`},
		{"bad trigger enabled", "schemas: {s: {tables: {t: {triggers: {g: {definition: x, enabled: true}}}}}}",
			`m.yaml:1:67: schemas.s.tables.t.triggers.g.enabled: bad value "true"; expected one of origin, disabled, replica, always`},
		{"materialized as a string", "schemas: {s: {views: {v: {materialized: yes, definition: x}}}}",
			`m.yaml:1:41: schemas.s.views.v.materialized: got a string; expected true or false`},
		{"composite as a string", "schemas: {s: {composites: {c: int}}}",
			`m.yaml:1:31: schemas.s.composites.c: got a string; expected a mapping`},
		{"domain check as a sequence", "schemas: {s: {domains: {d: {type: int, checks: {c: [x]}}}}}",
			`m.yaml:1:52: schemas.s.domains.d.checks.c: got a sequence; expected a CHECK clause or a mapping`},
		{"bad sequence type", "schemas: {s: {sequences: {q: {type: numeric}}}}",
			`m.yaml:1:37: schemas.s.sequences.q.type: bad value "numeric"; expected one of smallint, integer, bigint`},

		{"duplicate key", "schemas:\n  s:\n    tables:\n      t:\n        columns:\n          id: int\n          id: text\n",
			`m.yaml:7:11: schemas.s.tables.t.columns: duplicate key "id"; first at line 6, column 11`},
		{"duplicate top-level key", "schemas: {}\nschemas: {}\n",
			`m.yaml:2:1: duplicate key "schemas"; first at line 1, column 1`},

		{"constraint without kind", "schemas: {s: {tables: {t: {constraints: {k: {comment: x}}}}}}",
			`m.yaml:1:45: schemas.s.tables.t.constraints.k: no constraint kind; expected exactly one of primary_key, unique, foreign_key, check, exclude`},
		{"constraint with two kinds", "schemas: {s: {tables: {t: {constraints: {k: {primary_key: [a], unique: [a]}}}}}}",
			`m.yaml:1:64: schemas.s.tables.t.constraints.k: two constraint kinds, primary_key and unique; expected exactly one of primary_key, unique, foreign_key, check, exclude`},
		{"fk to a table outside the model", "schemas: {s: {tables: {t: {constraints: {k: {foreign_key: [a], references: x.u}}}}}}",
			`m.yaml:1:45: schemas.s.tables.t.constraints.k: references x.u, which is not in the model; expected columns: [the referenced columns]`},
		{"fk to a table without primary key", "schemas: {s: {tables: {u: {}, t: {constraints: {k: {foreign_key: [a], references: u}}}}}}",
			`m.yaml:1:52: schemas.s.tables.t.constraints.k: references s.u, which has no primary key; expected columns: [the referenced columns]`},
		{"without_overlaps on one column", "schemas: {s: {tables: {t: {constraints: {k: {primary_key: [during], without_overlaps: true}}}}}}",
			`m.yaml:1:69: schemas.s.tables.t.constraints.k: without_overlaps on a single column; expected at least two columns, the last the range or multirange one`},
		{"period on one column", "schemas: {s: {tables: {t: {constraints: {k: {foreign_key: [during], period: true, references: u, columns: [during]}}}}}}",
			`m.yaml:1:69: schemas.s.tables.t.constraints.k: period on a single column; expected at least two columns, the last the range or multirange one`},
		{"not_enforced and not_valid", "schemas: {s: {tables: {t: {constraints: {k: {check: a > 0, not_valid: true, not_enforced: true}}}}}}",
			`m.yaml:1:77: schemas.s.tables.t.constraints.k: not_enforced with not_valid; expected only one of them (a NOT ENFORCED constraint is never validated)`},
		{"virtual without generated", "schemas: {s: {tables: {t: {columns: {c: {type: int, virtual: true}}}}}}",
			`m.yaml:1:41: schemas.s.tables.t.columns.c: virtual without generated; expected generated: EXPRESSION beside virtual: true`},
		{"not_null_name without not_null", "schemas: {s: {tables: {t: {columns: {c: {type: int, not_null_name: c_nn}}}}}}",
			`m.yaml:1:41: schemas.s.tables.t.columns.c: not_null_name, not_null_not_valid or not_null_no_inherit without not_null; expected not_null: true beside them`},
		{"fk without references", "schemas: {s: {tables: {t: {constraints: {k: {foreign_key: [a]}}}}}}",
			`m.yaml:1:45: schemas.s.tables.t.constraints.k: missing key "references"; expected the referenced table`},

		{"bad qualified name", "schemas: {s: {tables: {t: {constraints: {k: {foreign_key: [a], references: a.b.c, columns: [b]}}}}}}",
			`m.yaml:1:76: schemas.s.tables.t.constraints.k.references: bad qualified name "a.b.c"; expected schema.name, name or {schema: s, name: n} (for names containing dots)`},
		{"empty part of a qualified name", "schemas: {s: {tables: {t: {columns: {c: {type: text, collation: .C}}}}}}",
			`m.yaml:1:65: schemas.s.tables.t.columns.c.collation: bad qualified name ".C"; expected schema.name, name or {schema: s, name: n} (for names containing dots)`},
		{"bad column reference", "schemas: {s: {sequences: {q: {owned_by: c}}}}",
			`m.yaml:1:41: schemas.s.sequences.q.owned_by: bad column reference "c"; expected table.column, schema.table.column or {schema: s, table: t, column: c}`},

		{"column without type", "schemas: {s: {tables: {t: {columns: {c: {not_null: true}}}}}}",
			`m.yaml:1:41: schemas.s.tables.t.columns.c: missing key "type"; expected the column's type`},
		{"sequence without identity", "schemas: {s: {tables: {t: {columns: {c: {type: int, sequence: {}}}}}}}",
			`m.yaml:1:53: schemas.s.tables.t.columns.c: key "sequence" without identity; expected identity: always or by default first`},
		{"identity of a text column", "schemas: {s: {tables: {t: {columns: {c: {type: text, identity: always}}}}}}",
			`m.yaml:1:41: schemas.s.tables.t.columns.c: identity column of type "text"; expected smallint, integer or bigint`},
		{"index without keys", "schemas: {s: {tables: {t: {indexes: {i: {unique: true}}}}}}",
			`m.yaml:1:41: schemas.s.tables.t.indexes.i: an index needs keys; expected e.g. keys: [email]`},
		{"index key with column and expression", "schemas: {s: {tables: {t: {indexes: {i: {keys: [{column: a, expression: b}]}}}}}}",
			`m.yaml:1:49: schemas.s.tables.t.indexes.i.keys[0]: an index key needs exactly one of column, expression`},
		{"domain without type", "schemas: {s: {domains: {d: {not_null: true}}}}",
			`m.yaml:1:28: schemas.s.domains.d: missing key "type"; expected the domain's base type`},
		{"domain check without check", "schemas: {s: {domains: {d: {type: int, checks: {c: {not_valid: true}}}}}}",
			`m.yaml:1:52: schemas.s.domains.d.checks.c: missing key "check"; expected the CHECK clause, e.g. "CHECK (VALUE > 0)"`},
		{"attribute without type", "schemas: {s: {composites: {c: {attributes: {a: {comment: x}}}}}}",
			`m.yaml:1:48: schemas.s.composites.c.attributes.a: missing key "type"; expected the attribute's type`},
		{"function key without arguments", "schemas: {s: {functions: {add: {definition: x}}}}",
			`m.yaml:1:27: schemas.s.functions.add: bad function signature "add"; expected name(identity arguments), e.g. "add(integer, integer)"`},
		{"function key without a name", `schemas: {s: {functions: {"(integer)": {definition: x}}}}`,
			`m.yaml:1:27: schemas.s.functions.(integer): bad function signature "(integer)"; expected name(identity arguments), e.g. "add(integer, integer)"`},
		{"function without definition", "schemas: {s: {functions: {f(): {comment: x}}}}",
			`m.yaml:1:32: schemas.s.functions.f(): missing key "definition"; expected the complete CREATE FUNCTION or CREATE PROCEDURE statement`},
		{"view without definition", "schemas: {s: {views: {v: {comment: x}}}}",
			`m.yaml:1:26: schemas.s.views.v: missing key "definition"; expected the view's query`},
		{"indexes on a view", "schemas: {s: {views: {v: {definition: x, indexes: {}}}}}",
			`m.yaml:1:42: schemas.s.views.v: key "indexes" on a view; expected materialized: true (only materialized views have indexes)`},
		{"triggers on a materialized view", "schemas: {s: {views: {v: {materialized: true, definition: x, triggers: {}}}}}",
			`m.yaml:1:62: schemas.s.views.v: key "triggers" on a materialized view; expected a view or a table (materialized views have no triggers)`},
		{"trigger without definition", "schemas: {s: {views: {v: {definition: x, triggers: {g: {enabled: always}}}}}}",
			`m.yaml:1:56: schemas.s.views.v.triggers.g: missing key "definition"; expected the complete CREATE TRIGGER statement`},
		{"empty view definition", `schemas: {s: {views: {v: {definition: ""}}}}`,
			`m.yaml:1:39: schemas.s.views.v.definition: got an empty string; expected a name`},
		{"zero increment", "schemas: {s: {sequences: {q: {increment: 0}}}}",
			`m.yaml:1:42: schemas.s.sequences.q.increment: got 0; expected a non-zero increment`},
		{"not a mapping", "[a]",
			`m.yaml:1:1: got a sequence; expected a mapping with keys extensions, schemas`},
		{"merge key", "schemas: {s: {tables: {t: {<<: {}}}}}",
			`m.yaml:1:28: schemas.s.tables.t: merge keys (<<) are not supported; write the keys out`},
		{"syntax error", "schemas: {s: [}\n",
			`m.yaml: invalid YAML: did not find expected node content`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkYAMLError(t, tt.yaml, tt.want) })
	}
}

func TestLoadYAMLDirectory(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		want    *model.Schema
		wantErr string
	}{
		{
			name: "merged",
			files: map[string]string{
				"a.yaml": "schemas: {public: {tables: {u: {columns: {id: int}, constraints: {u_pkey: {primary_key: [id]}}}}}}",
				"b.yml":  "schemas: {public: {comment: c, tables: {t: {columns: {r: int}, constraints: {t_fk: {foreign_key: [r], references: u}}}}}}",
				"c.txt":  "not yaml: [",
			},
			want: &model.Schema{
				Namespaces: []model.Namespace{{Name: "public", Comment: "c"}},
				Tables: []model.Table{
					{Schema: "public", Name: "t", Columns: []model.Column{{Name: "r", Type: "int"}}, Constraints: []model.Constraint{
						{Name: "t_fk", Kind: model.ForeignKey, Columns: []string{"r"}, References: model.QualifiedName{Schema: "public", Name: "u"}, RefColumns: []string{"id"}}}},
					{Schema: "public", Name: "u", Columns: []model.Column{{Name: "id", Type: "int"}}, Constraints: []model.Constraint{
						{Name: "u_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}}}},
				},
			},
		},
		{
			name: "table defined twice",
			files: map[string]string{
				"a.yaml": "schemas: {public: {tables: {t: {}}}}",
				"b.yaml": "schemas:\n  public:\n    tables:\n      t: {}\n",
			},
			wantErr: "DIR/b.yaml:4:7: schemas.public.tables.t: table public.t is defined twice; first at DIR/a.yaml:1:29",
		},
		{
			name: "schema comment defined twice",
			files: map[string]string{
				"a.yaml": "schemas: {public: {comment: a}}",
				"b.yaml": "schemas: {public: {comment: b}}",
			},
			wantErr: "DIR/b.yaml:1:20: schemas.public.comment: the comment of schema public is defined twice; first at DIR/a.yaml:1:20",
		},
		{
			name: "function defined twice",
			files: map[string]string{
				"a.yaml": "schemas: {public: {functions: {f(integer): {definition: x}}}}",
				"b.yaml": "schemas: {public: {functions: {f(integer): {definition: y}}}}",
			},
			wantErr: "DIR/b.yaml:1:32: schemas.public.functions.f(integer): function public.f(integer) is defined twice; first at DIR/a.yaml:1:32",
		},
		{
			name: "view defined twice",
			files: map[string]string{
				"a.yaml": "schemas: {public: {views: {v: {definition: x}}}}",
				"b.yaml": "schemas: {public: {views: {v: {definition: x, materialized: true}}}}",
			},
			wantErr: "DIR/b.yaml:1:28: schemas.public.views.v: view public.v is defined twice; first at DIR/a.yaml:1:28",
		},
		{
			name: "domain defined twice",
			files: map[string]string{
				"a.yaml": "schemas: {public: {domains: {d: int}}}",
				"b.yaml": "schemas: {public: {domains: {d: text}}}",
			},
			wantErr: "DIR/b.yaml:1:30: schemas.public.domains.d: domain public.d is defined twice; first at DIR/a.yaml:1:30",
		},
		{
			name: "composite type defined twice",
			files: map[string]string{
				"a.yaml": "schemas: {public: {composites: {c: {}}}}",
				"b.yaml": "schemas: {public: {composites: {c: {}}}}",
			},
			wantErr: "DIR/b.yaml:1:33: schemas.public.composites.c: composite type public.c is defined twice; first at DIR/a.yaml:1:33",
		},
		{
			name: "extension defined twice",
			files: map[string]string{
				"a.yaml": "extensions: {citext: public}",
				"b.yaml": "extensions: {citext: public}",
			},
			wantErr: "DIR/b.yaml:1:14: extensions.citext: extension citext is defined twice; first at DIR/a.yaml:1:14",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := Load(dir)
			if tt.wantErr != "" {
				want := filepath.ToSlash(tt.wantErr)
				want = replaceAll(want, "DIR", dir)
				if err == nil {
					t.Fatalf("no error, want %s", want)
				}
				if d := cmp.Diff(want, err.Error()); d != "" {
					t.Errorf("(-want +got)\n%s", d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func replaceAll(s, old, new string) string {
	out := ""
	for {
		i := indexOf(s, old)
		if i < 0 {
			return out + s
		}
		out += s[:i] + new
		s = s[i+len(old):]
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// checkYAMLError decodes yaml as m.yaml and requires a *Error whose
// message is want.
func checkYAMLError(t *testing.T, yaml, want string) {
	t.Helper()
	_, err := Decode("m.yaml", []byte(yaml))
	if err == nil {
		t.Fatal("no error")
	}
	var ye *Error
	if !errors.As(err, &ye) {
		t.Errorf("got %T, want *Error", err)
	}
	if d := cmp.Diff(want, err.Error()); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
