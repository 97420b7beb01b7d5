package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// createRule renders the rule's definition as pg_get_ruledef printed it
// and, when the rule does not have the default firing state, the ALTER
// TABLE that sets it. (A rule on a view is always in the default state:
// PostgreSQL 15 has no statement that changes it.)
func createRule(op diff.CreateRule) []string {
	stmts := []string{trimStatement(op.Rule.Definition)}
	if op.Rule.Enabled != model.TriggerOrigin {
		stmts = append(stmts, setRuleEnabled(op.Table, op.Rule.Name, op.Rule.Enabled))
	}
	return stmts
}

// replaceRule renders the new definition as CREATE OR REPLACE RULE; the
// rule keeps its firing state.
func replaceRule(op diff.ReplaceRule) string {
	def := strings.TrimLeft(trimStatement(op.To.Definition), " \t\r\n")
	const create = "CREATE RULE"
	if len(def) >= len(create) && strings.EqualFold(def[:len(create)], create) {
		return "CREATE OR REPLACE RULE" + def[len(create):]
	}
	return def
}

// dropRule renders DROP RULE name ON table.
func dropRule(op diff.DropRule) string {
	return "DROP RULE " + Ident(op.Rule.Name) + " ON " + QualifiedName(op.Table)
}

// setRuleEnabled renders ALTER TABLE ... ENABLE/DISABLE RULE.
func setRuleEnabled(table model.QualifiedName, name string, e model.TriggerEnabled) string {
	return setFiringState(table, "RULE", name, e)
}
