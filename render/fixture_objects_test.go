package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// fixtureObjectOps returns the operations on domains, composite types,
// functions, views and triggers, run by fixtureOps once its main table
// (n.table, with columns id, amount and n) exists; they drop what they
// create. Definitions are written the way pg_get_functiondef,
// pg_get_viewdef and pg_get_triggerdef print them.
func fixtureObjectOps(n fixtureNames) []diff.Op {
	s := n.schema
	qn := func(name string) model.QualifiedName { return model.QualifiedName{Schema: s, Name: name} }
	tbl := qn(n.table)
	table := QualifiedName(tbl)
	collC := &model.QualifiedName{Schema: "pg_catalog", Name: "C"}
	comment := func(kind diff.ObjectKind, name, sub, text string) diff.Op {
		return diff.SetComment{Target: diff.ObjectRef{Kind: kind, Schema: s, Name: name, Sub: sub}, Comment: text}
	}

	amount := model.Domain{Schema: s, Name: n.seq + "_dom", Type: "numeric(10,2)", NotNull: true, Default: "0",
		Checks: []model.DomainCheck{
			{Name: n.constraint, Expression: "CHECK (VALUE >= (0)::numeric)"},
			{Name: n.constraint + "_max", Expression: "CHECK (VALUE < (1000000)::numeric)", NotValid: true},
		}}
	code := model.Domain{Schema: s, Name: n.seq + "_code", Type: "text", Collation: collC}
	narrow := model.Domain{Schema: s, Name: n.seq + "_narrow", Type: "text", Checks: []model.DomainCheck{
		{Name: n.constraint, Expression: "CHECK (VALUE <> ''::text)"}}}
	wide := narrow
	wide.Type = "character varying(30)"
	odd := model.DomainCheck{Name: n.constraint + " odd", Expression: "CHECK (VALUE <> (13)::numeric)", NotValid: true}

	pair := model.CompositeType{Schema: s, Name: n.enum + "_pair", Attributes: []model.Attribute{
		{Name: n.col, Type: "integer"},
		{Name: "label", Type: "text", Collation: collC},
		{Name: "amount", Type: QualifiedName(amount.QualifiedName())},
	}}
	extraAttr := model.Attribute{Name: "extra", Type: "character varying(20)", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "POSIX"}}

	fn := func(name, args, identity, result, def string) model.Function {
		return model.Function{Schema: s, Name: name, Arguments: args, IdentityArguments: identity, Result: result, Definition: def}
	}
	touch := fn(n.table+"_touch", "", "", "trigger",
		"CREATE OR REPLACE FUNCTION "+QualifiedName(qn(n.table+"_touch"))+"()\n"+
			" RETURNS trigger\n LANGUAGE plpgsql\n"+
			"AS $function$\nBEGIN\n  NEW.n := coalesce(NEW.n, 0) + 1;\n"+
			"  IF NEW.amount < 0 THEN\n    RAISE EXCEPTION 'negative; not allowed';\n  END IF;\n"+
			"  RETURN NEW;\nEND;\n$function$\n")
	ignore := fn(n.table+"_ignore", "", "", "trigger",
		"CREATE OR REPLACE FUNCTION "+QualifiedName(qn(n.table+"_ignore"))+"()\n"+
			" RETURNS trigger\n LANGUAGE plpgsql\nAS $$BEGIN RETURN NULL; END;$$;\n")
	add := fn(n.table+"_add", "a integer, b integer DEFAULT 1", "a integer, b integer", "integer",
		"CREATE OR REPLACE FUNCTION "+QualifiedName(qn(n.table+"_add"))+"(a integer, b integer DEFAULT 1)\n"+
			" RETURNS integer\n LANGUAGE sql\n IMMUTABLE STRICT\nAS $function$ SELECT a + b; $function$\n")
	mul := add
	mul.Definition = "CREATE OR REPLACE FUNCTION " + QualifiedName(qn(n.table+"_add")) + "(a integer, b integer DEFAULT 1)\n" +
		" RETURNS integer\n LANGUAGE sql\n IMMUTABLE STRICT PARALLEL SAFE COST 5\n SET search_path TO 'pg_catalog'\n" +
		"AS $function$ SELECT a * b; $function$\n"
	count := fn(n.table+"_count", "", "", "bigint",
		"CREATE OR REPLACE FUNCTION "+QualifiedName(qn(n.table+"_count"))+"()\n"+
			" RETURNS bigint\n LANGUAGE sql\n STABLE\nBEGIN ATOMIC\n SELECT count(*) AS count\n    FROM "+table+";\nEND\n")
	proc := fn(n.table+"_proc", "IN x integer, INOUT y integer DEFAULT 0", "IN x integer, INOUT y integer", "",
		"CREATE OR REPLACE PROCEDURE "+QualifiedName(qn(n.table+"_proc"))+"(IN x integer, INOUT y integer DEFAULT 0)\n"+
			" LANGUAGE plpgsql\nAS $procedure$\nBEGIN\n  y := x; -- copy; done\nEND;\n$procedure$\n")
	proc.Kind = model.Procedure

	view := model.View{Schema: s, Name: n.table + "_v", Options: []string{"check_option=local", "security_barrier=true"},
		Definition: " SELECT " + Ident(n.table) + ".id,\n    " + Ident(n.table) + ".amount\n   FROM " + table +
			"\n  WHERE " + Ident(n.table) + ".amount > 0::numeric;",
		Columns: []model.ViewColumn{{Name: "id", Type: "integer"}, {Name: "amount", Type: "numeric(10,2)"}}}
	summary := model.View{Schema: s, Name: n.table + "_summary", Options: []string{"security_invoker=true"},
		Definition: " SELECT count(*) AS total\n   FROM " + table + ";",
		Columns:    []model.ViewColumn{{Name: "total", Type: "bigint"}}}
	mat := model.View{Schema: s, Name: n.table + "_mv", Materialized: true, Options: []string{"fillfactor=50"},
		Definition: " SELECT " + Ident(n.table) + ".id\n   FROM " + table + ";",
		Columns:    []model.ViewColumn{{Name: "id", Type: "integer"}}}
	matIndex := model.Index{Name: n.table + "_mv_id", Unique: true, Method: "btree", Keys: []model.IndexKey{{Column: "id"}}}

	trigger := func(name, def string, e model.TriggerEnabled, f model.Function) model.Trigger {
		return model.Trigger{Name: name, Definition: def, Enabled: e, Function: f.Ref()}
	}
	onRow := trigger(n.constraint+"_trg", "CREATE TRIGGER "+Ident(n.constraint+"_trg")+
		" BEFORE INSERT OR UPDATE OF amount ON "+table+
		" FOR EACH ROW WHEN ((new.amount IS NOT NULL)) EXECUTE FUNCTION "+QualifiedName(qn(touch.Name))+"()",
		model.TriggerDisabled, touch)
	onStatement := trigger("statement", "CREATE TRIGGER statement AFTER DELETE ON "+table+
		" FOR EACH STATEMENT EXECUTE FUNCTION "+QualifiedName(qn(touch.Name))+"()", model.TriggerReplica, touch)
	constraint := trigger(n.table+" deferred", "CREATE CONSTRAINT TRIGGER "+Ident(n.table+" deferred")+" AFTER INSERT ON "+table+
		" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "+QualifiedName(qn(touch.Name))+"()", model.TriggerAlways, touch)
	plain := trigger("plain", "CREATE TRIGGER plain AFTER TRUNCATE ON "+table+
		" FOR EACH STATEMENT EXECUTE FUNCTION "+QualifiedName(qn(touch.Name))+"()", model.TriggerOrigin, touch)
	insteadOf := trigger(n.table+"_instead", "CREATE TRIGGER "+Ident(n.table+"_instead")+" INSTEAD OF INSERT ON "+
		QualifiedName(summary.QualifiedName())+" FOR EACH ROW EXECUTE FUNCTION "+QualifiedName(qn(ignore.Name))+"()",
		model.TriggerOrigin, ignore)

	readAll := model.Policy{Name: n.table + "_read", Command: "SELECT", Permissive: true, Roles: []string{"public"}, Using: "true"}
	readOwner := readAll
	readOwner.Roles, readOwner.Using = []string{"pg_database_owner"}, "(amount > (0)::numeric)"
	ownRows := model.Policy{Name: n.constraint + " own", Command: "UPDATE", Roles: []string{"pg_database_owner", "public"},
		Using: "(id > 0)", WithCheck: "(amount IS NOT NULL)"}
	ownRowsWider := ownRows
	ownRowsWider.WithCheck = "true"
	inserts := model.Policy{Name: "inserts", Command: "INSERT", Permissive: true, Roles: []string{"public"}, WithCheck: "(id > 0)"}

	aggregate := func(name, identity, def string) model.Function {
		f := fn(name, identity, identity, "integer", def)
		f.Kind = model.Aggregate
		return f
	}
	sumDef := "CREATE OR REPLACE AGGREGATE " + QualifiedName(qn(n.seq+"_sum")) + "(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)"
	sum := aggregate(n.seq+"_sum", "integer", sumDef)
	sumFrom10 := aggregate(n.seq+"_sum", "integer", strings.Replace(sumDef, "\n)", ",\n    INITCOND = '10'\n)", 1))
	tally := aggregate(n.seq+"_tally", "", "CREATE OR REPLACE AGGREGATE "+QualifiedName(qn(n.seq+"_tally"))+
		"(*) (\n    SFUNC = int8inc,\n    STYPE = bigint,\n    INITCOND = '0'\n)")
	tally.Result = "bigint"

	return []diff.Op{
		diff.CreateDomain{Domain: amount},
		diff.CreateDomain{Domain: code},
		diff.SetDomainDefault{Domain: amount.QualifiedName(), Default: "1.5"},
		diff.SetDomainDefault{Domain: amount.QualifiedName()},
		diff.SetDomainNotNull{Domain: amount.QualifiedName()},
		diff.SetDomainNotNull{Domain: amount.QualifiedName(), NotNull: true},
		diff.AddDomainCheck{Domain: amount.QualifiedName(), Check: odd},
		diff.AddDomainCheck{Domain: code.QualifiedName(), Check: model.DomainCheck{Name: "short", Expression: "CHECK (length(VALUE) < 10)"}},
		comment(diff.KindDomain, amount.Name, "", "money"),
		comment(diff.KindDomainCheck, amount.Name, odd.Name, "unlucky"),
		diff.DropDomainCheck{Domain: amount.QualifiedName(), Check: odd},
		diff.CreateDomain{Domain: narrow},
		diff.RecreateDomain{From: narrow, To: wide},
		diff.DropDomain{Domain: wide},

		diff.CreateComposite{Type: pair},
		diff.RecreateComposite{From: pair, To: pair, KeepOld: true},
		diff.DropRenamedType{Type: pair.QualifiedName()},
		diff.CreateComposite{Type: model.CompositeType{Schema: s, Name: n.enum + "_empty"}},
		diff.AddAttribute{Type: pair.QualifiedName(), Attribute: extraAttr},
		diff.AlterAttributeType{Type: pair.QualifiedName(), Attribute: "label", From: "text", To: "character varying(50)", Collation: collC},
		diff.AlterAttributeType{Type: pair.QualifiedName(), Attribute: n.col, From: "integer", To: "bigint"},
		comment(diff.KindType, pair.Name, "", "a pair"),
		comment(diff.KindColumn, pair.Name, n.col, "left"),
		diff.DropAttribute{Type: pair.QualifiedName(), Attribute: extraAttr},

		diff.CreateFunction{Function: touch},
		diff.CreateFunction{Function: ignore},
		diff.CreateFunction{Function: add},
		diff.ReplaceFunction{From: add, To: mul},
		diff.CreateFunction{Function: count},
		diff.CreateFunction{Function: proc},
		comment(diff.KindFunction, add.Name, add.IdentityArguments, "adds"),
		comment(diff.KindProcedure, proc.Name, proc.IdentityArguments, "copies"),
		diff.CreateFunction{Function: sum},
		diff.CreateFunction{Function: tally},
		diff.ReplaceFunction{From: sum, To: sumFrom10},
		comment(diff.KindAggregate, sum.Name, sum.IdentityArguments, "sums"),
		comment(diff.KindAggregate, tally.Name, tally.IdentityArguments, "counts"),
		diff.DropFunction{Function: tally},
		diff.DropFunction{Function: sumFrom10},

		diff.CreateView{View: view},
		diff.CreateView{View: summary},
		diff.CreateView{View: mat},
		diff.CreateIndex{Table: mat.QualifiedName(), Index: matIndex},
		comment(diff.KindView, view.Name, "", "positive"),
		comment(diff.KindColumn, view.Name, "amount", "amount"),
		comment(diff.KindMaterializedView, mat.Name, "", "ids"),
		diff.Rename{Object: diff.ObjectRef{Kind: diff.KindView, Schema: s, Name: view.Name}, To: view.Name + " 2"},
		diff.Rename{Object: diff.ObjectRef{Kind: diff.KindView, Schema: s, Name: view.Name + " 2"}, To: view.Name},
		diff.Rename{Object: diff.ObjectRef{Kind: diff.KindMaterializedView, Schema: s, Name: mat.Name}, To: mat.Name + " 2"},
		diff.Rename{Object: diff.ObjectRef{Kind: diff.KindMaterializedView, Schema: s, Name: mat.Name + " 2"}, To: mat.Name},
		diff.Rename{Object: diff.ObjectRef{Kind: diff.KindDomain, Schema: s, Name: amount.Name}, To: amount.Name + " 2"},
		diff.Rename{Object: diff.ObjectRef{Kind: diff.KindDomain, Schema: s, Name: amount.Name + " 2"}, To: amount.Name},

		diff.CreateTrigger{Table: tbl, Trigger: onRow},
		diff.CreateTrigger{Table: tbl, Trigger: onStatement},
		diff.CreateTrigger{Table: tbl, Trigger: constraint},
		diff.CreateTrigger{Table: tbl, Trigger: plain},
		diff.CreateTrigger{Table: summary.QualifiedName(), Trigger: insteadOf},
		diff.SetTriggerEnabled{Table: tbl, Name: onRow.Name, Enabled: model.TriggerOrigin},
		diff.SetTriggerEnabled{Table: tbl, Name: onRow.Name, Enabled: model.TriggerAlways},
		diff.SetTriggerEnabled{Table: tbl, Name: onRow.Name, Enabled: model.TriggerReplica},
		diff.SetTriggerEnabled{Table: tbl, Name: plain.Name, Enabled: model.TriggerDisabled},
		comment(diff.KindTrigger, n.table, onRow.Name, "touches"),
		comment(diff.KindTrigger, summary.Name, insteadOf.Name, "ignores"),

		diff.SetRowSecurity{Table: tbl, Enabled: true},
		diff.SetForceRowSecurity{Table: tbl, Forced: true},
		diff.CreatePolicy{Table: tbl, Policy: readAll},
		diff.CreatePolicy{Table: tbl, Policy: ownRows},
		diff.CreatePolicy{Table: tbl, Policy: inserts},
		diff.AlterPolicy{Table: tbl, From: ownRows, To: ownRowsWider},
		diff.AlterPolicy{Table: tbl, From: readAll, To: readOwner},
		comment(diff.KindPolicy, n.table, ownRows.Name, "own rows"),
		diff.DropPolicy{Table: tbl, Policy: inserts},
		diff.DropPolicy{Table: tbl, Policy: ownRowsWider},
		diff.DropPolicy{Table: tbl, Policy: readOwner},
		diff.SetForceRowSecurity{Table: tbl, Forced: false},
		diff.SetRowSecurity{Table: tbl, Enabled: false},

		diff.DropTrigger{Table: summary.QualifiedName(), Trigger: insteadOf},
		diff.DropTrigger{Table: tbl, Trigger: onRow},
		diff.DropTrigger{Table: tbl, Trigger: onStatement},
		diff.DropTrigger{Table: tbl, Trigger: constraint},
		diff.DropTrigger{Table: tbl, Trigger: plain},
		diff.DropView{View: mat},
		diff.DropView{View: summary},
		diff.DropView{View: view},
		diff.DropFunction{Function: proc},
		diff.DropFunction{Function: count},
		diff.DropFunction{Function: mul},
		diff.DropFunction{Function: ignore},
		diff.DropFunction{Function: touch},
		diff.DropComposite{Type: model.CompositeType{Schema: s, Name: n.enum + "_empty"}},
		diff.DropComposite{Type: pair},
		diff.DropDomain{Domain: code},
		diff.DropDomain{Domain: amount},
	}
}
