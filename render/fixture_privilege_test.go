package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// fixturePrivilegeOps returns the operations on owners, privileges and
// default privileges, run by fixtureOps while its schema, main table (with
// columns id and note), sequence and enum exist. Roles are cluster-wide,
// so the grantees and owners are roles every PostgreSQL 14+ server has;
// what it changes it changes back, and what it creates it drops.
func fixturePrivilegeOps(n fixtureNames) []diff.Op {
	s := n.schema
	sec := func(kind model.SecurableKind, name, args string) model.Securable {
		return model.Securable{Kind: kind, Schema: s, Name: name, Args: args}
	}
	qn := func(name string) string { return QualifiedName(model.QualifiedName{Schema: s, Name: name}) }
	schema := model.Securable{Kind: model.SecurableSchema, Name: s}
	table := sec(model.SecurableTable, n.table, "")
	seq := sec(model.SecurableSequence, n.seq, "")
	enum := sec(model.SecurableType, n.enum, "")

	fn := model.Function{Schema: s, Name: n.table + "_fn", Arguments: "a integer", IdentityArguments: "a integer", Result: "integer",
		Definition: "CREATE OR REPLACE FUNCTION " + qn(n.table+"_fn") + "(a integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$SELECT a$function$\n"}
	proc := model.Function{Schema: s, Name: n.table + "_proc", Kind: model.Procedure, Arguments: "a integer", IdentityArguments: "a integer",
		Definition: "CREATE OR REPLACE PROCEDURE " + qn(n.table+"_proc") + "(a integer)\n LANGUAGE sql\nAS $procedure$SELECT a$procedure$\n"}
	agg := model.Function{Schema: s, Name: n.table + "_agg", Kind: model.Aggregate, Arguments: "integer", IdentityArguments: "integer", Result: "integer",
		Definition: "CREATE OR REPLACE AGGREGATE " + qn(n.table+"_agg") + "(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)"}
	view := model.View{Schema: s, Name: n.table + "_pv", Definition: " SELECT 1 AS one;", Columns: []model.ViewColumn{{Name: "one", Type: "integer"}}}
	mat := model.View{Schema: s, Name: n.table + "_pmv", Materialized: true, Definition: " SELECT 1 AS one;",
		Columns: []model.ViewColumn{{Name: "one", Type: "integer"}}}
	fnSec := sec(model.SecurableFunction, fn.Name, fn.IdentityArguments)
	procSec := sec(model.SecurableProcedure, proc.Name, proc.IdentityArguments)
	aggSec := sec(model.SecurableAggregate, agg.Name, agg.IdentityArguments)
	viewSec := sec(model.SecurableView, view.Name, "")
	matSec := sec(model.SecurableMaterializedView, mat.Name, "")

	const role, other = "pg_monitor", "pg_read_all_stats"
	grant := func(o model.Securable, column string, privileges ...string) diff.Op {
		return diff.GrantPrivileges{Object: o, Column: column, Grantee: role, Privileges: privileges, GrantOption: column != ""}
	}
	revoke := func(o model.Securable, column string, privileges ...string) diff.Op {
		return diff.RevokePrivileges{Object: o, Column: column, Grantee: role, Privileges: privileges}
	}
	ops := []diff.Op{
		diff.CreateFunction{Function: fn},
		diff.CreateFunction{Function: proc},
		diff.CreateFunction{Function: agg},
		diff.CreateView{View: view},
		diff.CreateView{View: mat},
		diff.GrantDefaultPrivileges{Role: role, Schema: s, On: model.DefaultTables, Grantee: other, Privileges: []string{"SELECT"}, GrantOption: true},
		diff.RevokeDefaultPrivileges{Role: role, Schema: s, On: model.DefaultTables, Grantee: other, Privileges: []string{"SELECT"}, GrantOptionOnly: true},
		diff.RevokeDefaultPrivileges{Role: role, Schema: s, On: model.DefaultTables, Grantee: other, Privileges: []string{"SELECT"}},
		diff.RevokeDefaultPrivileges{Role: role, On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}},
		diff.GrantDefaultPrivileges{Role: role, On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}},
		diff.GrantDefaultPrivileges{Role: role, On: model.DefaultSchemas, Grantee: other, Privileges: []string{"CREATE", "USAGE"}},
		diff.RevokeDefaultPrivileges{Role: role, On: model.DefaultSchemas, Grantee: other, Privileges: []string{"CREATE", "USAGE"}},
		grant(schema, "", "USAGE"),
		grant(table, "", model.SecurableTable.Privileges()...),
		grant(table, "note", "SELECT", "UPDATE"),
		diff.RevokePrivileges{Object: table, Column: "note", Grantee: role, Privileges: []string{"UPDATE"}, GrantOptionOnly: true},
		revoke(table, "note", "SELECT", "UPDATE"),
		grant(seq, "", "USAGE", "SELECT"),
		grant(enum, "", "USAGE"),
		diff.RevokePrivileges{Object: fnSec, Grantee: "public", Privileges: []string{"EXECUTE"}},
		grant(fnSec, "", "EXECUTE"),
		grant(procSec, "", "EXECUTE"),
		grant(aggSec, "", "EXECUTE"),
		grant(viewSec, "", "SELECT"),
		grant(matSec, "", "SELECT"),
		diff.SetOwner{Object: schema, Owner: role},
		diff.SetOwner{Object: table, Owner: role},
		diff.SetOwner{Object: seq, Owner: role},
		diff.SetOwner{Object: enum, Owner: role},
		diff.SetOwner{Object: fnSec, Owner: role},
		diff.SetOwner{Object: procSec, Owner: role},
		diff.SetOwner{Object: aggSec, Owner: role},
		diff.SetOwner{Object: viewSec, Owner: role},
		diff.SetOwner{Object: matSec, Owner: role},
		diff.SetOwner{Object: table, Owner: other, From: role},
		revoke(table, "", model.SecurableTable.Privileges()...),
		revoke(seq, "", "USAGE", "SELECT"),
		revoke(enum, "", "USAGE"),
		revoke(schema, "", "USAGE"),
		diff.DropView{View: mat},
		diff.DropView{View: view},
		diff.DropFunction{Function: agg},
		diff.DropFunction{Function: proc},
		diff.DropFunction{Function: fn},
	}
	return ops
}
