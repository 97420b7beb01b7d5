package yamlmodel

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

const inheritYAML = `schemas:
  app:
    tables:
      events:
        columns:
          id: {type: integer, not_null: true}
          note: text
        rules:
          no_delete:
            definition: CREATE RULE no_delete AS ON DELETE TO app.events DO INSTEAD NOTHING
            enabled: replica
            comment: keep rows
          a_log: CREATE RULE a_log AS ON INSERT TO app.events DO ALSO NOTHING
      clicks:
        inherits: [events, other.audited]
        columns:
          target: text
        inherited_columns:
          note: {not_null: true, default: "'none'::text", statistics: 100, storage: main, comment: the note}
          id: {}
    views:
      recent:
        definition: SELECT id FROM app.events
        rules:
          recent_insert:
            definition: CREATE RULE recent_insert AS ON INSERT TO app.recent DO INSTEAD INSERT INTO app.events (id) VALUES (new.id)
            comment: inserts go to events
  other:
    tables:
      audited:
        columns:
          at: timestamptz
`

// TestDecodeInheritanceAndRules reads parents, a child's settings on
// inherited columns, and the rules of a table and a view.
func TestDecodeInheritanceAndRules(t *testing.T) {
	s, err := Decode("m.yaml", []byte(inheritYAML))
	if err != nil {
		t.Fatal(err)
	}
	clicks := s.Table(model.QualifiedName{Schema: "app", Name: "clicks"})
	events := s.Table(model.QualifiedName{Schema: "app", Name: "events"})
	if clicks == nil || events == nil || len(s.Views) != 1 {
		t.Fatalf("tables %v, views %v", s.Tables, s.Views)
	}
	hundred := 100
	wantClicks := model.Table{
		Schema: "app", Name: "clicks",
		Inherits: []model.QualifiedName{{Schema: "app", Name: "events"}, {Schema: "other", Name: "audited"}},
		Columns:  []model.Column{{Name: "target", Type: "text"}},
		InheritedColumns: []model.Column{
			{Name: "note", NotNull: true, Default: "'none'::text", Statistics: &hundred, Storage: model.StorageMain, Comment: "the note"},
			{Name: "id"},
		},
	}
	if d := cmp.Diff(wantClicks, *clicks); d != "" {
		t.Errorf("clicks (-want +got)\n%s", d)
	}
	wantRules := []model.Rule{
		{Name: "a_log", Definition: "CREATE RULE a_log AS ON INSERT TO app.events DO ALSO NOTHING"},
		{Name: "no_delete", Definition: "CREATE RULE no_delete AS ON DELETE TO app.events DO INSTEAD NOTHING",
			Enabled: model.TriggerReplica, Comment: "keep rows"},
	}
	if d := cmp.Diff(wantRules, events.Rules); d != "" {
		t.Errorf("table rules (-want +got)\n%s", d)
	}
	wantView := []model.Rule{{Name: "recent_insert",
		Definition: "CREATE RULE recent_insert AS ON INSERT TO app.recent DO INSTEAD INSERT INTO app.events (id) VALUES (new.id)",
		Comment:    "inserts go to events"}}
	if d := cmp.Diff(wantView, s.Views[0].Rules); d != "" {
		t.Errorf("view rules (-want +got)\n%s", d)
	}

	// and back: encoding and decoding again gives the same model
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Decode("again.yaml", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if d := cmp.Diff(s, again); d != "" {
		t.Errorf("decode(encode(s)) (-first +second)\n%s\n%s", d, data)
	}
}

func TestDecodeInheritanceAndRulesErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"inherits as a string", "schemas: {s: {tables: {t: {inherits: p}}}}",
			`m.yaml:1:38: schemas.s.tables.t.inherits: got a string; expected a sequence of table names`},
		{"bad parent name", "schemas: {s: {tables: {t: {inherits: [a.b.c]}}}}",
			`m.yaml:1:39: schemas.s.tables.t.inherits[0]: bad qualified name "a.b.c"; expected schema.name, name or {schema: s, name: n} (for names containing dots)`},
		{"parent twice", "schemas: {s: {tables: {t: {inherits: [p, s.p]}}}}",
			`m.yaml:1:42: schemas.s.tables.t.inherits[1]: s.p is listed twice; expected each parent once`},
		{"partition with parents", "schemas: {s: {tables: {t: {partition_of: p, bound: DEFAULT, inherits: [q]}}}}",
			`m.yaml:1:61: schemas.s.tables.t: a partition cannot have inherits; expected only one of partition_of, inherits`},
		{"partitioned table with parents", "schemas: {s: {tables: {t: {partition_by: RANGE (a), inherits: [q]}}}}",
			`m.yaml:1:53: schemas.s.tables.t: a partitioned table cannot have inherits; expected only one of partition_by, inherits`},
		{"inherited columns without parents", "schemas: {s: {tables: {t: {inherited_columns: {a: {not_null: true}}}}}}",
			`m.yaml:1:28: schemas.s.tables.t: inherited_columns without inherits; expected the parents in inherits: [...]`},
		{"column declared and inherited", "schemas: {s: {tables: {t: {inherits: [p], columns: {a: int}, inherited_columns: {a: {}}}}}}",
			`m.yaml:1:62: schemas.s.tables.t: column "a" is in both columns and inherited_columns; expected it in columns (declared on the table) or in inherited_columns (inherited only)`},
		{"inherited column with a type", "schemas: {s: {tables: {t: {inherits: [p], inherited_columns: {a: {type: int}}}}}}",
			`m.yaml:1:67: schemas.s.tables.t.inherited_columns.a: unknown key "type"; expected one of not_null, default, statistics, storage, comment`},
		{"inherited column as a type", "schemas: {s: {tables: {t: {inherits: [p], inherited_columns: {a: int}}}}}",
			`m.yaml:1:66: schemas.s.tables.t.inherited_columns.a: got a string; expected a mapping of the child's settings, e.g. {not_null: true}`},
		{"bad inherited storage", "schemas: {s: {tables: {t: {inherits: [p], inherited_columns: {a: {storage: big}}}}}}",
			`m.yaml:1:76: schemas.s.tables.t.inherited_columns.a.storage: bad value "big"; expected one of plain, external, extended, main`},
		{"unknown rule key", "schemas: {s: {tables: {t: {rules: {r: {definition: x, when: y}}}}}}",
			`m.yaml:1:55: schemas.s.tables.t.rules.r: unknown key "when"; expected one of definition, enabled, comment`},
		{"rule without definition", "schemas: {s: {tables: {t: {rules: {r: {comment: c}}}}}}",
			`m.yaml:1:39: schemas.s.tables.t.rules.r: missing key "definition"; expected the complete CREATE RULE statement`},
		{"bad rule state", "schemas: {s: {tables: {t: {rules: {r: {definition: x, enabled: off}}}}}}",
			`m.yaml:1:64: schemas.s.tables.t.rules.r.enabled: bad value "off"; expected one of origin, disabled, replica, always`},
		{"rules as a sequence", "schemas: {s: {tables: {t: {rules: [x]}}}}",
			`m.yaml:1:35: schemas.s.tables.t.rules: got a sequence; expected a mapping of rule names`},
		{"firing state of a view rule", "schemas: {s: {views: {v: {definition: x, rules: {r: {definition: y, enabled: disabled}}}}}}",
			`m.yaml:1:69: schemas.s.views.v.rules.r: unknown key "enabled"; expected one of definition, comment`},
		{"rules on a materialized view", "schemas: {s: {views: {v: {definition: x, materialized: true, rules: {r: y}}}}}",
			`m.yaml:1:62: schemas.s.views.v: key "rules" on a materialized view; expected a view or a table (materialized views have no rules)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkYAMLError(t, tt.yaml, tt.want) })
	}
}
