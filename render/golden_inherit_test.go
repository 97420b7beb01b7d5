package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var (
	tEvents    = model.QualifiedName{Schema: "app", Name: "events"}
	tClicks    = model.QualifiedName{Schema: "app", Name: "clicks"}
	tAudit     = model.QualifiedName{Schema: "app", Name: "Audit Log"}
	ruleLog    = model.Rule{Name: "log", Definition: "CREATE RULE log AS\n    ON INSERT TO app.events DO  INSERT INTO app.\"Audit Log\" (id)\n  VALUES (new.id);"}
	ruleIgnore = model.Rule{Name: "Ignore", Definition: "CREATE RULE \"Ignore\" AS\n    ON DELETE TO app.events DO INSTEAD NOTHING;", Enabled: model.TriggerDisabled}
)

// inheritGoldenCases covers plain inheritance and rewrite rules.
var inheritGoldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"create child table", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "clicks", Inherits: []model.QualifiedName{tEvents, tAudit},
		Columns:     []model.Column{{Name: "x", Type: "integer", NotNull: true}},
		Constraints: []model.Constraint{{Name: "x_positive", Kind: model.Check, Expression: "(x > 0)"}},
		Options:     []string{"fillfactor=70"},
	}}, []string{"CREATE TABLE app.clicks (\n    x integer NOT NULL,\n    CONSTRAINT x_positive CHECK (x > 0)\n) INHERITS (app.events, app.\"Audit Log\") WITH (fillfactor=70)"}},
	{"create child without columns", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "clicks", Inherits: []model.QualifiedName{tEvents},
	}}, []string{"CREATE TABLE app.clicks () INHERITS (app.events)"}},
	{"inherit", diff.AddInherit{Table: tClicks, Parent: tAudit},
		[]string{`ALTER TABLE app.clicks INHERIT app."Audit Log"`}},
	{"no inherit", diff.DropInherit{Table: tClicks, Parent: tEvents},
		[]string{"ALTER TABLE app.clicks NO INHERIT app.events"}},
	{"create rule", diff.CreateRule{Table: tEvents, Rule: ruleLog},
		[]string{"CREATE RULE log AS\n    ON INSERT TO app.events DO  INSERT INTO app.\"Audit Log\" (id)\n  VALUES (new.id)"}},
	{"create disabled rule", diff.CreateRule{Table: tEvents, Rule: ruleIgnore}, []string{
		"CREATE RULE \"Ignore\" AS\n    ON DELETE TO app.events DO INSTEAD NOTHING",
		`ALTER TABLE app.events DISABLE RULE "Ignore"`,
	}},
	{"replace rule", diff.ReplaceRule{Table: tEvents, From: ruleIgnore, To: ruleLog},
		[]string{"CREATE OR REPLACE RULE log AS\n    ON INSERT TO app.events DO  INSERT INTO app.\"Audit Log\" (id)\n  VALUES (new.id)"}},
	{"replace rule written in lower case", diff.ReplaceRule{Table: tEvents, To: model.Rule{Name: "r",
		Definition: "create rule r as on update to app.events do instead nothing"}},
		[]string{"CREATE OR REPLACE RULE r as on update to app.events do instead nothing"}},
	{"drop rule", diff.DropRule{Table: tEvents, Rule: ruleIgnore}, []string{`DROP RULE "Ignore" ON app.events`}},
	{"enable rule", diff.SetRuleEnabled{Table: tEvents, Name: "Ignore"}, []string{`ALTER TABLE app.events ENABLE RULE "Ignore"`}},
	{"disable rule", diff.SetRuleEnabled{Table: tEvents, Name: "log", Enabled: model.TriggerDisabled},
		[]string{"ALTER TABLE app.events DISABLE RULE log"}},
	{"enable replica rule", diff.SetRuleEnabled{Table: tEvents, Name: "log", Enabled: model.TriggerReplica},
		[]string{"ALTER TABLE app.events ENABLE REPLICA RULE log"}},
	{"enable always rule", diff.SetRuleEnabled{Table: tEvents, Name: "log", Enabled: model.TriggerAlways},
		[]string{"ALTER TABLE app.events ENABLE ALWAYS RULE log"}},
	{"comment on rule", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindRule, Schema: "app", Name: "events", Sub: "Ignore"}, Comment: "keeps rows"},
		[]string{`COMMENT ON RULE "Ignore" ON app.events IS 'keeps rows'`}},
}

func init() {
	goldenCases = append(goldenCases, inheritGoldenCases...)
}

// fixtureInheritOps returns operations on inheritance and rules, run by
// fixtureOps on its own tables; they drop what they create. Rule
// definitions are written the way pg_get_ruledef prints them.
func fixtureInheritOps(n fixtureNames) []diff.Op {
	s := n.schema
	check := model.Constraint{Name: n.constraint, Kind: model.Check, Expression: "(id > 0)"}
	cols := func() []model.Column {
		return []model.Column{{Name: "id", Type: "integer", NotNull: true}, {Name: n.col, Type: "text"}}
	}
	parent := model.Table{Schema: s, Name: n.table + "_parent", Columns: cols(), Constraints: []model.Constraint{check}}
	other := model.Table{Schema: s, Name: n.ref + "_other", Columns: []model.Column{{Name: "extra", Type: "integer"}}}
	child := model.Table{Schema: s, Name: n.table + "_child", Inherits: []model.QualifiedName{parent.QualifiedName(), other.QualifiedName()},
		Columns: []model.Column{{Name: "note", Type: "text"}}}
	loose := model.Table{Schema: s, Name: n.table + " loose", Columns: cols(), Constraints: []model.Constraint{check}}
	parentName, otherName := QualifiedName(parent.QualifiedName()), QualifiedName(other.QualifiedName())

	log := model.Rule{Name: n.constraint + " log", Enabled: model.TriggerDisabled,
		Definition: "CREATE RULE " + Ident(n.constraint+" log") + " AS\n    ON INSERT TO " + parentName +
			" DO  INSERT INTO " + otherName + " (extra)\n  VALUES (new.id);"}
	nothing := log
	nothing.Definition = "CREATE RULE " + Ident(n.constraint+" log") + " AS\n    ON INSERT TO " + parentName +
		"\n   WHERE (new.id < 0) DO INSTEAD NOTHING;"
	view := model.View{Schema: s, Name: n.table + "_parent_v",
		Definition: " SELECT " + Ident(parent.Name) + ".id\n   FROM " + parentName + ";",
		Columns:    []model.ViewColumn{{Name: "id", Type: "integer"}}}
	viewName := QualifiedName(view.QualifiedName())
	add := model.Rule{Name: "add",
		Definition: "CREATE RULE add AS\n    ON INSERT TO " + viewName + " DO INSTEAD  INSERT INTO " + parentName + " (id)\n  VALUES (new.id);"}

	return []diff.Op{
		diff.CreateTable{Table: parent},
		diff.CreateTable{Table: other},
		diff.CreateTable{Table: child},
		diff.CreateTable{Table: loose},
		diff.AddInherit{Table: loose.QualifiedName(), Parent: parent.QualifiedName()},
		diff.DropInherit{Table: child.QualifiedName(), Parent: other.QualifiedName()},
		diff.CreateRule{Table: parent.QualifiedName(), Rule: log},
		diff.ReplaceRule{Table: parent.QualifiedName(), From: log, To: nothing},
		diff.SetRuleEnabled{Table: parent.QualifiedName(), Name: log.Name, Enabled: model.TriggerAlways},
		diff.SetRuleEnabled{Table: parent.QualifiedName(), Name: log.Name, Enabled: model.TriggerReplica},
		diff.SetRuleEnabled{Table: parent.QualifiedName(), Name: log.Name, Enabled: model.TriggerOrigin},
		diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindRule, Schema: s, Name: parent.Name, Sub: log.Name}, Comment: "logs"},
		diff.CreateView{View: view},
		diff.CreateRule{Table: view.QualifiedName(), Rule: add},
		diff.DropRule{Table: view.QualifiedName(), Rule: add},
		diff.DropRule{Table: parent.QualifiedName(), Rule: nothing},
		diff.DropView{View: view},
		diff.DropTable{Table: loose},
		diff.DropTable{Table: child},
		diff.DropTable{Table: other},
		diff.DropTable{Table: parent},
	}
}
