package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var (
	secOrders = model.Securable{Kind: model.SecurableTable, Schema: "app", Name: "orders"}
	secTotal  = model.Securable{Kind: model.SecurableFunction, Schema: "app", Name: "total", Args: "a integer, b text"}
)

// privilegeGoldenCases covers owners, privileges and default privileges.
var privilegeGoldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"owner of schema", diff.SetOwner{Object: model.Securable{Kind: model.SecurableSchema, Name: "My App"}, Owner: "Admin"},
		[]string{`ALTER SCHEMA "My App" OWNER TO "Admin"`}},
	{"owner of table", diff.SetOwner{Object: secOrders, Owner: "app_owner", From: "postgres"},
		[]string{"ALTER TABLE app.orders OWNER TO app_owner"}},
	{"owner of view", diff.SetOwner{Object: model.Securable{Kind: model.SecurableView, Schema: "app", Name: "v"}, Owner: "o"},
		[]string{"ALTER VIEW app.v OWNER TO o"}},
	{"owner of materialized view", diff.SetOwner{Object: model.Securable{Kind: model.SecurableMaterializedView, Schema: "app", Name: "mv"}, Owner: "o"},
		[]string{"ALTER MATERIALIZED VIEW app.mv OWNER TO o"}},
	{"owner of sequence", diff.SetOwner{Object: model.Securable{Kind: model.SecurableSequence, Schema: "app", Name: "s"}, Owner: "o"},
		[]string{"ALTER SEQUENCE app.s OWNER TO o"}},
	{"owner of function", diff.SetOwner{Object: secTotal, Owner: "o"},
		[]string{"ALTER FUNCTION app.total(a integer, b text) OWNER TO o"}},
	{"owner of procedure", diff.SetOwner{Object: model.Securable{Kind: model.SecurableProcedure, Schema: "app", Name: "p"}, Owner: "o"},
		[]string{"ALTER PROCEDURE app.p() OWNER TO o"}},
	{"owner of aggregate", diff.SetOwner{Object: model.Securable{Kind: model.SecurableAggregate, Schema: "app", Name: "n"}, Owner: "o"},
		[]string{"ALTER AGGREGATE app.n(*) OWNER TO o"}},
	{"owner of type", diff.SetOwner{Object: model.Securable{Kind: model.SecurableType, Schema: "app", Name: "mood"}, Owner: "o"},
		[]string{"ALTER TYPE app.mood OWNER TO o"}},

	{"grant on table", diff.GrantPrivileges{Object: secOrders, Grantee: "Reader", Privileges: []string{"INSERT", "SELECT"}},
		[]string{`GRANT INSERT, SELECT ON TABLE app.orders TO "Reader"`}},
	{"grant all on table", diff.GrantPrivileges{Object: secOrders, Grantee: "app", Privileges: model.SecurableTable.Privileges(), All: true},
		[]string{"GRANT ALL ON TABLE app.orders TO app"}},
	// On PostgreSQL 17 the 7 privileges of 16 are not all of them: ALL
	// only when the diff says so.
	{"grant all but maintain on table", diff.GrantPrivileges{Object: secOrders, Grantee: "app", Privileges: model.SecurableTable.Privileges()},
		[]string{"GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE app.orders TO app"}},
	{"grant maintain", diff.GrantPrivileges{Object: secOrders, Grantee: "app", Privileges: []string{model.PrivMaintain}},
		[]string{"GRANT MAINTAIN ON TABLE app.orders TO app"}},
	{"revoke all on table of 17", diff.RevokePrivileges{Object: secOrders, Grantee: "app", Privileges: model.SecurableTable.PrivilegesOn(17), All: true},
		[]string{"REVOKE ALL ON TABLE app.orders FROM app"}},
	{"grant on column with grant option", diff.GrantPrivileges{Object: secOrders, Column: "user", Grantee: "public",
		Privileges: []string{"SELECT", "UPDATE"}, GrantOption: true},
		[]string{`GRANT SELECT ("user"), UPDATE ("user") ON TABLE app.orders TO PUBLIC WITH GRANT OPTION`}},
	{"grant all on column", diff.GrantPrivileges{Object: secOrders, Column: "note", Grantee: "r", Privileges: model.ColumnPrivileges, All: true},
		[]string{"GRANT ALL (note) ON TABLE app.orders TO r"}},
	{"grant on view", diff.GrantPrivileges{Object: model.Securable{Kind: model.SecurableView, Schema: "app", Name: "v"}, Grantee: "r", Privileges: []string{"SELECT"}},
		[]string{"GRANT SELECT ON TABLE app.v TO r"}},
	{"grant on sequence", diff.GrantPrivileges{Object: model.Securable{Kind: model.SecurableSequence, Schema: "app", Name: "s"}, Grantee: "r", Privileges: []string{"USAGE"}},
		[]string{"GRANT USAGE ON SEQUENCE app.s TO r"}},
	{"grant on function", diff.GrantPrivileges{Object: secTotal, Grantee: "r", Privileges: []string{"EXECUTE"}},
		[]string{"GRANT EXECUTE ON FUNCTION app.total(a integer, b text) TO r"}},
	{"grant on procedure", diff.GrantPrivileges{Object: model.Securable{Kind: model.SecurableProcedure, Schema: "app", Name: "p", Args: "integer"}, Grantee: "r", Privileges: []string{"EXECUTE"}},
		[]string{"GRANT EXECUTE ON PROCEDURE app.p(integer) TO r"}},
	{"grant on ordered-set aggregate", diff.GrantPrivileges{Object: model.Securable{Kind: model.SecurableAggregate, Schema: "app", Name: "pct",
		Args: "double precision ORDER BY anyelement"}, Grantee: "r", Privileges: []string{"EXECUTE"}},
		[]string{"GRANT EXECUTE ON FUNCTION app.pct(double precision, anyelement) TO r"}},
	{"grant on type", diff.GrantPrivileges{Object: model.Securable{Kind: model.SecurableType, Schema: "app", Name: "mood"}, Grantee: "r", Privileges: []string{"USAGE"}},
		[]string{"GRANT USAGE ON TYPE app.mood TO r"}},
	{"grant on schema", diff.GrantPrivileges{Object: model.Securable{Kind: model.SecurableSchema, Name: "app"}, Grantee: "public", Privileges: []string{"USAGE"}},
		[]string{"GRANT USAGE ON SCHEMA app TO PUBLIC"}},
	{"revoke from public", diff.RevokePrivileges{Object: secTotal, Grantee: "public", Privileges: []string{"EXECUTE"}},
		[]string{"REVOKE EXECUTE ON FUNCTION app.total(a integer, b text) FROM PUBLIC"}},
	{"revoke grant option", diff.RevokePrivileges{Object: secOrders, Column: "note", Grantee: "r", Privileges: []string{"SELECT"}, GrantOptionOnly: true},
		[]string{"REVOKE GRANT OPTION FOR SELECT (note) ON TABLE app.orders FROM r"}},

	{"default grant in schema", diff.GrantDefaultPrivileges{Role: "app", Schema: "Data", On: model.DefaultTables, Grantee: "reader",
		Privileges: []string{"SELECT"}, GrantOption: true},
		[]string{`ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA "Data" GRANT SELECT ON TABLES TO reader WITH GRANT OPTION`}},
	{"default grant everywhere", diff.GrantDefaultPrivileges{Role: "app", On: model.DefaultSequences, Grantee: "reader",
		Privileges: []string{"SELECT", "UPDATE", "USAGE"}, All: true},
		[]string{"ALTER DEFAULT PRIVILEGES FOR ROLE app GRANT ALL ON SEQUENCES TO reader"}},
	{"default revoke from public", diff.RevokeDefaultPrivileges{Role: "app", On: model.DefaultFunctions, Grantee: "public", Privileges: []string{"EXECUTE"}},
		[]string{"ALTER DEFAULT PRIVILEGES FOR ROLE app REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"}},
	{"default revoke grant option", diff.RevokeDefaultPrivileges{Role: "app", Schema: "s", On: model.DefaultTypes, Grantee: "r",
		Privileges: []string{"USAGE"}, GrantOptionOnly: true},
		[]string{"ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA s REVOKE GRANT OPTION FOR USAGE ON TYPES FROM r"}},
	{"default grant on schemas", diff.GrantDefaultPrivileges{Role: "app", On: model.DefaultSchemas, Grantee: "r", Privileges: []string{"USAGE"}},
		[]string{"ALTER DEFAULT PRIVILEGES FOR ROLE app GRANT USAGE ON SCHEMAS TO r"}},
}

func init() {
	goldenCases = append(goldenCases, privilegeGoldenCases...)
}
