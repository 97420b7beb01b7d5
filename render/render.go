package render

import (
	"fmt"
	"strings"

	"github.com/retortdb/retort/diff"
)

// Op returns the SQL statements for one operation, each without a trailing
// semicolon. It panics on an operation type it does not know: the set of
// operations is closed, and a test keeps this switch complete.
func Op(op diff.Op) []string {
	switch op := op.(type) {
	case diff.Rename:
		return []string{rename(op)}
	case diff.RenameEnumValue:
		return []string{renameEnumValue(op)}
	case diff.SetOwner:
		return []string{setOwner(op)}
	case diff.GrantPrivileges:
		return []string{grantPrivileges(op)}
	case diff.RevokePrivileges:
		return []string{revokePrivileges(op)}
	case diff.GrantDefaultPrivileges:
		return []string{grantDefaultPrivileges(op)}
	case diff.RevokeDefaultPrivileges:
		return []string{revokeDefaultPrivileges(op)}
	case diff.SetRowSecurity:
		return []string{setRowSecurity(op)}
	case diff.SetForceRowSecurity:
		return []string{setForceRowSecurity(op)}
	case diff.CreatePolicy:
		return []string{createPolicy(op)}
	case diff.DropPolicy:
		return []string{"DROP POLICY " + policyOn(op.Table, op.Policy.Name)}
	case diff.AlterPolicy:
		return []string{alterPolicy(op)}
	case diff.CreateObject:
		return createObject(op.Object)
	case diff.AlterObject:
		return alterObject(op)
	case diff.DropObject:
		return []string{dropObject(op)}
	case diff.CreateRange:
		return []string{createRange(op.Range)}
	case diff.DropRange:
		return []string{"DROP TYPE " + QualifiedName(op.Range.QualifiedName())}
	case diff.AlterTextSearchMapping:
		return []string{alterTextSearchMapping(op)}
	case diff.CreateSchema:
		return []string{"CREATE SCHEMA " + Ident(op.Schema.Name)}
	case diff.DropSchema:
		return []string{"DROP SCHEMA " + Ident(op.Schema.Name)}
	case diff.CreateExtension:
		return []string{createExtension(op.Extension)}
	case diff.DropExtension:
		return []string{"DROP EXTENSION " + Ident(op.Extension.Name)}
	case diff.AlterExtensionVersion:
		if op.Refused != "" {
			return []string{refusal(op.Refused)}
		}
		return []string{"ALTER EXTENSION " + Ident(op.Name) + " UPDATE TO " + Literal(op.To)}
	case diff.CreateEnum:
		return []string{createEnum(op.Enum)}
	case diff.DropEnum:
		return []string{"DROP TYPE " + QualifiedName(op.Enum.QualifiedName())}
	case diff.AddEnumValue:
		return []string{addEnumValue(op)}
	case diff.RecreateEnum:
		return recreateEnum(op)
	case diff.RecreateDomain:
		return recreateDomain(op)
	case diff.RecreateComposite:
		return recreateComposite(op)
	case diff.DropRenamedType:
		return []string{dropRenamedType(op)}
	case diff.CreateSequence:
		return []string{createSequence(op.Sequence)}
	case diff.DropSequence:
		return []string{"DROP SEQUENCE " + QualifiedName(op.Sequence.QualifiedName())}
	case diff.AlterSequence:
		return alterSequence(op)
	case diff.SetSequenceOwner:
		return []string{setSequenceOwner(op)}
	case diff.SyncSequence:
		return []string{syncSequence(op)}
	case diff.CreateTable:
		return []string{createTable(op.Table)}
	case diff.DropTable:
		return []string{"DROP TABLE " + QualifiedName(op.Table.QualifiedName())}
	case diff.SetTableOptions:
		return setTableOptions(op)
	case diff.SetTableLogged:
		return []string{setTableLogged(op)}
	case diff.AttachPartition:
		return []string{attachPartition(op)}
	case diff.DetachPartition:
		return []string{detachPartition(op)}
	case diff.RenameAttachedIndex:
		return []string{renameAttachedIndex(op)}
	case diff.AddColumn:
		return []string{alterTable(op.Table, "ADD COLUMN "+columnDef(op.Column))}
	case diff.DropColumn:
		return []string{alterTable(op.Table, "DROP COLUMN "+Ident(op.Column.Name))}
	case diff.AlterColumnType:
		return []string{alterColumnType(op)}
	case diff.SetColumnDefault:
		return []string{alterColumn(op.Table, op.Column, "SET DEFAULT "+op.Default)}
	case diff.DropColumnDefault:
		return []string{alterColumn(op.Table, op.Column, "DROP DEFAULT")}
	case diff.SetColumnNotNull:
		if op.ViaCheck != "" {
			return setNotNullViaCheck(op)
		}
		return []string{setColumnNotNull(op)}
	case diff.AddIdentity:
		return []string{alterColumn(op.Table, op.Column, "ADD "+identityClause(op.Identity, op.Sequence))}
	case diff.DropIdentity:
		return []string{alterColumn(op.Table, op.Column, "DROP IDENTITY")}
	case diff.AlterIdentity:
		return alterIdentity(op)
	case diff.SetColumnExpression:
		return []string{alterColumn(op.Table, op.Column, "SET EXPRESSION AS "+parenthesized(op.To))}
	case diff.DropColumnExpression:
		return []string{alterColumn(op.Table, op.Column, "DROP EXPRESSION")}
	case diff.SetColumnStatistics:
		return []string{setColumnStatistics(op)}
	case diff.SetColumnStorage:
		return []string{setColumnStorage(op)}
	case diff.AddConstraint:
		return []string{addConstraint(op)}
	case diff.DropConstraint:
		return []string{alterTable(op.Table, "DROP CONSTRAINT "+Ident(op.Constraint.Name))}
	case diff.ValidateConstraint:
		return []string{alterTable(op.Table, "VALIDATE CONSTRAINT "+Ident(op.Name))}
	case diff.CreateIndex:
		return []string{createIndexOp(op)}
	case diff.AttachIndex:
		return []string{"ALTER INDEX " + QualifiedName(op.Parent) + " ATTACH PARTITION " + QualifiedName(op.Index)}
	case diff.DropIndex:
		return []string{dropIndex(op.Table, op.Index.Name, op.Concurrently)}
	case diff.ReplaceIndexConcurrently:
		return replaceIndexConcurrently(op)
	case diff.AddConstraintUsingIndex:
		return addConstraintUsingIndex(op)
	case diff.SetComment:
		return []string{setComment(op)}
	case diff.CreateDomain:
		return createDomain(op.Domain)
	case diff.DropDomain:
		return []string{"DROP DOMAIN " + QualifiedName(op.Domain.QualifiedName())}
	case diff.SetDomainDefault:
		return []string{setDomainDefault(op)}
	case diff.SetDomainNotNull:
		return []string{setDomainNotNull(op)}
	case diff.AddDomainCheck:
		return []string{addDomainCheck(op.Domain, op.Check)}
	case diff.DropDomainCheck:
		return []string{alterDomain(op.Domain, "DROP CONSTRAINT "+Ident(op.Check.Name))}
	case diff.CreateComposite:
		return []string{createComposite(op.Type)}
	case diff.DropComposite:
		return []string{"DROP TYPE " + QualifiedName(op.Type.QualifiedName())}
	case diff.AddAttribute:
		return []string{alterType(op.Type, "ADD ATTRIBUTE "+attributeDef(op.Attribute))}
	case diff.DropAttribute:
		return []string{alterType(op.Type, "DROP ATTRIBUTE "+Ident(op.Attribute.Name))}
	case diff.AlterAttributeType:
		return []string{alterAttributeType(op)}
	case diff.CreateFunction:
		return []string{trimStatement(op.Function.Definition)}
	case diff.ReplaceFunction:
		return []string{trimStatement(op.To.Definition)}
	case diff.DropFunction:
		return []string{dropFunction(op.Function)}
	case diff.CreateView:
		return []string{createView(op.View)}
	case diff.DropView:
		return []string{"DROP " + viewKeyword(op.View) + " " + QualifiedName(op.View.QualifiedName())}
	case diff.CreateTrigger:
		return createTrigger(op)
	case diff.DropTrigger:
		return []string{dropTrigger(op)}
	case diff.SetTriggerEnabled:
		return []string{setTriggerEnabled(op.Table, op.Name, op.Enabled)}
	case diff.AddInherit:
		return []string{addInherit(op)}
	case diff.DropInherit:
		return []string{dropInherit(op)}
	case diff.CreateRule:
		return createRule(op)
	case diff.ReplaceRule:
		return []string{replaceRule(op)}
	case diff.DropRule:
		return []string{dropRule(op)}
	case diff.SetRuleEnabled:
		return []string{setRuleEnabled(op.Table, op.Name, op.Enabled)}
	}
	panic(fmt.Sprintf("render: unknown operation %T", op))
}

// Plan renders a whole plan as a script for psql -v ON_ERROR_STOP=1 -f:
// the plan's warnings first as "-- warning: " lines, then for each step its
// hazards as "-- hazard <kind>: <message>" lines right above its statements,
// each statement ending with ";\n". An empty plan renders as
// "-- no changes\n" after its warnings.
//
// A plan that creates or replaces functions starts with
// "SET check_function_bodies = false;", as pg_dump's output does: a
// SQL-language body is then not checked against objects that a later
// step creates.
func Plan(p *diff.Plan) string {
	var b strings.Builder
	for _, w := range p.Warnings {
		b.WriteString("-- warning: " + oneLine(w) + "\n")
	}
	if p.Empty() {
		b.WriteString("-- no changes\n")
		return b.String()
	}
	if hasFunctionBodies(p) {
		b.WriteString(uncheckedBodies + ";\n")
	}
	for _, step := range p.Steps {
		for _, h := range step.Hazards {
			b.WriteString("-- hazard " + h.Kind.String() + ": " + oneLine(h.Message) + "\n")
		}
		for _, stmt := range Op(step.Op) {
			b.WriteString(stmt + ";\n")
		}
	}
	return b.String()
}

// uncheckedBodies turns off the validation of function bodies for the
// rest of the session.
const uncheckedBodies = "SET check_function_bodies = false"

// hasFunctionBodies reports whether a step of p creates or replaces a
// function.
func hasFunctionBodies(p *diff.Plan) bool {
	for _, step := range p.Steps {
		switch step.Op.(type) {
		case diff.CreateFunction, diff.ReplaceFunction:
			return true
		}
	}
	return false
}

// oneLine folds line breaks into spaces, so a message cannot end its
// comment and leak into the script as SQL.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// SessionSettings returns the statements that set lock_timeout and
// statement_timeout (each only when not empty) at the top of a script, and
// those that reset them at its end: the settings hold for the session, so
// they are reset for what runs after the script on the same connection.
func SessionSettings(lockTimeout, statementTimeout string) (head, tail string) {
	for _, s := range []struct{ name, value string }{{"lock_timeout", lockTimeout}, {"statement_timeout", statementTimeout}} {
		if s.value != "" {
			head += "SET " + s.name + " = " + Literal(s.value) + ";\n"
			tail += "RESET " + s.name + ";\n"
		}
	}
	return head, tail
}
