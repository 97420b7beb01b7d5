package render

import (
	"fmt"
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// createTrigger renders the trigger's definition as pg_get_triggerdef
// printed it and, when the trigger does not have the default firing
// state, the ALTER TABLE that sets it. (PostgreSQL 15 has no statement
// that changes the firing state of a trigger on a view; such a trigger is
// always in the default state.)
func createTrigger(op diff.CreateTrigger) []string {
	stmts := []string{trimStatement(op.Trigger.Definition)}
	if op.Trigger.Enabled != model.TriggerOrigin {
		stmts = append(stmts, setTriggerEnabled(op.Table, op.Trigger.Name, op.Trigger.Enabled))
	}
	return stmts
}

// setTriggerEnabled renders ALTER TABLE ... ENABLE/DISABLE TRIGGER.
func setTriggerEnabled(table model.QualifiedName, name string, e model.TriggerEnabled) string {
	return setFiringState(table, "TRIGGER", name, e)
}

// setFiringState renders ALTER TABLE ... ENABLE/DISABLE [REPLICA|ALWAYS]
// TRIGGER or RULE (what): triggers and rules share the firing states.
func setFiringState(table model.QualifiedName, what, name string, e model.TriggerEnabled) string {
	var action string
	switch e {
	case model.TriggerDisabled:
		action = "DISABLE "
	case model.TriggerReplica:
		action = "ENABLE REPLICA "
	case model.TriggerAlways:
		action = "ENABLE ALWAYS "
	case model.TriggerOrigin:
		action = "ENABLE "
	default:
		panic(fmt.Sprintf("render: unknown %s firing state %d", strings.ToLower(what), e))
	}
	return alterTable(table, action+what+" "+Ident(name))
}

func dropTrigger(op diff.DropTrigger) string {
	return "DROP TRIGGER " + Ident(op.Trigger.Name) + " ON " + QualifiedName(op.Table)
}
