package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var (
	dPrice = model.QualifiedName{Schema: "app", Name: "price"}
	tPair  = model.QualifiedName{Schema: "app", Name: "pair"}
	vOpen  = model.QualifiedName{Schema: "app", Name: "open_orders"}
	collC  = &model.QualifiedName{Schema: "pg_catalog", Name: "C"}

	addDef = "CREATE OR REPLACE FUNCTION app.add(a integer, b integer DEFAULT 1)\n" +
		" RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nAS $function$ SELECT a + b; $function$\n"
	touchDef = "CREATE OR REPLACE FUNCTION app.touch()\n RETURNS trigger\n LANGUAGE plpgsql\n" +
		"AS $function$\nBEGIN\n  NEW.at := now();\n  RETURN NEW;\nEND;\n$function$\n"
	touchFn = model.Function{Schema: "app", Name: "touch", Result: "trigger", Definition: touchDef}
	trgDef  = "CREATE TRIGGER touch BEFORE UPDATE ON app.orders FOR EACH ROW EXECUTE FUNCTION app.touch()"
)

// objectGoldenCases covers the operations on domains, composite types,
// functions, views and triggers, and comments on them.
var objectGoldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"recreate domain", diff.RecreateDomain{
		From: model.Domain{Schema: "app", Name: "price", Type: "numeric(10,2)"},
		To: model.Domain{Schema: "app", Name: "price", Type: "numeric(12,4)", Checks: []model.DomainCheck{
			{Name: "positive", Expression: "CHECK (VALUE > (0)::numeric)"}}},
		Columns: []diff.EnumColumn{
			{Table: model.QualifiedName{Schema: "app", Name: "orders"}, Column: "total", DropDefault: true},
			{Table: model.QualifiedName{Schema: "app", Name: "orders"}, Column: "history", Array: true},
		},
	}, []string{
		"ALTER DOMAIN app.price RENAME TO price__retort_old",
		"CREATE DOMAIN app.price AS numeric(12,4) CONSTRAINT positive CHECK (VALUE > (0)::numeric)",
		"ALTER TABLE app.orders ALTER COLUMN total DROP DEFAULT",
		"ALTER TABLE app.orders ALTER COLUMN total TYPE app.price USING total::numeric(12,4)::app.price",
		"ALTER TABLE app.orders ALTER COLUMN history TYPE app.price[] USING history::numeric(12,4)[]::app.price[]",
		"DROP DOMAIN app.price__retort_old",
	}},
	{"recreate domain over a re-created type, keeping the old one", diff.RecreateDomain{
		From:    model.Domain{Schema: "app", Name: "warm", Type: "app.color"},
		To:      model.Domain{Schema: "app", Name: "warm", Type: "app.color"},
		ViaText: true, KeepOld: true,
		Columns: []diff.EnumColumn{
			{Table: model.QualifiedName{Schema: "app", Name: "paints"}, Column: "shade", DropDefault: true},
			{Table: model.QualifiedName{Schema: "app", Name: "paints"}, Column: "shades", Array: true},
		},
	}, []string{
		"ALTER DOMAIN app.warm RENAME TO warm__retort_old",
		"CREATE DOMAIN app.warm AS app.color",
		"ALTER TABLE app.paints ALTER COLUMN shade DROP DEFAULT",
		"ALTER TABLE app.paints ALTER COLUMN shade TYPE app.warm USING shade::text::app.warm",
		"ALTER TABLE app.paints ALTER COLUMN shades TYPE app.warm[] USING shades::text[]::app.warm[]",
	}},
	{"recreate domain over an enum with mapped labels", diff.RecreateDomain{
		From:    model.Domain{Schema: "app", Name: "snack", Type: "app.fruit"},
		To:      model.Domain{Schema: "app", Name: "snack", Type: "app.fruit"},
		ViaText: true, Mapped: map[string]string{"banana": "apple"},
		Columns: []diff.EnumColumn{
			{Table: model.QualifiedName{Schema: "app", Name: "lunches"}, Column: "side"},
			{Table: model.QualifiedName{Schema: "app", Name: "lunches"}, Column: "sides", Array: true},
		},
	}, []string{
		"ALTER DOMAIN app.snack RENAME TO snack__retort_old",
		"CREATE DOMAIN app.snack AS app.fruit",
		"ALTER TABLE app.lunches ALTER COLUMN side TYPE app.snack USING (CASE side::text WHEN 'banana' THEN 'apple' ELSE side::text END)::app.snack",
		"ALTER TABLE app.lunches ALTER COLUMN sides TYPE app.snack[] USING array_replace(sides::text[], 'banana', 'apple')::app.snack[]",
		"DROP DOMAIN app.snack__retort_old",
	}},
	{"recreate composite", diff.RecreateComposite{
		From: model.CompositeType{Schema: "app", Name: "amount", Attributes: []model.Attribute{{Name: "unit", Type: "app.unit"}}},
		To:   model.CompositeType{Schema: "app", Name: "amount", Attributes: []model.Attribute{{Name: "unit", Type: "app.unit"}}},
		Columns: []diff.EnumColumn{
			{Table: model.QualifiedName{Schema: "app", Name: "stock"}, Column: "qty"},
			{Table: model.QualifiedName{Schema: "app", Name: "stock"}, Column: "history", Array: true},
		},
	}, []string{
		"ALTER TYPE app.amount RENAME TO amount__retort_old",
		"CREATE TYPE app.amount AS (\n    unit app.unit\n)",
		"ALTER TABLE app.stock ALTER COLUMN qty TYPE app.amount USING qty::text::app.amount",
		"ALTER TABLE app.stock ALTER COLUMN history TYPE app.amount[] USING history::text[]::app.amount[]",
		"DROP TYPE app.amount__retort_old",
	}},
	{"drop renamed domain", diff.DropRenamedType{Type: model.QualifiedName{Schema: "app", Name: "warm"}, Domain: true},
		[]string{"DROP DOMAIN app.warm__retort_old"}},
	{"drop renamed type", diff.DropRenamedType{Type: model.QualifiedName{Schema: "app", Name: "color"}},
		[]string{"DROP TYPE app.color__retort_old"}},
	{"create aggregate", diff.CreateFunction{Function: model.Function{Schema: "app", Name: "total", Kind: model.Aggregate,
		IdentityArguments: "numeric", Definition: "CREATE OR REPLACE AGGREGATE app.total(numeric) (\n    SFUNC = numeric_add,\n    STYPE = numeric\n)"}},
		[]string{"CREATE OR REPLACE AGGREGATE app.total(numeric) (\n    SFUNC = numeric_add,\n    STYPE = numeric\n)"}},
	{"drop aggregate", diff.DropFunction{Function: model.Function{Schema: "app", Name: "total", Kind: model.Aggregate, IdentityArguments: "numeric"}},
		[]string{"DROP AGGREGATE app.total(numeric)"}},
	{"drop aggregate without arguments", diff.DropFunction{Function: model.Function{Schema: "app", Name: "tally", Kind: model.Aggregate}},
		[]string{"DROP AGGREGATE app.tally(*)"}},
	{"comment on ordered-set aggregate", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindAggregate, Schema: "app", Name: "pct",
		Sub: "double precision ORDER BY numeric"}, Comment: "percentile"},
		[]string{"COMMENT ON AGGREGATE app.pct(double precision ORDER BY numeric) IS 'percentile'"}},
	{"create domain", diff.CreateDomain{Domain: model.Domain{Schema: "app", Name: "price", Type: "numeric(10,2)"}},
		[]string{"CREATE DOMAIN app.price AS numeric(10,2)"}},
	{"create domain with everything", diff.CreateDomain{Domain: model.Domain{
		Schema: "app", Name: "Code", Type: "text", Collation: collC, Default: "'x'::text", NotNull: true,
		Checks: []model.DomainCheck{
			{Name: "check", Expression: "CHECK (VALUE <> ''::text)"},
			{Name: "late", Expression: "CHECK (length(VALUE) < 10)", NotValid: true},
			{Name: "short", Expression: "CHECK (length(VALUE) < 20)"},
		},
	}}, []string{
		`CREATE DOMAIN app."Code" AS text COLLATE pg_catalog."C" DEFAULT 'x'::text NOT NULL` +
			` CONSTRAINT "check" CHECK (VALUE <> ''::text) CONSTRAINT short CHECK (length(VALUE) < 20)`,
		`ALTER DOMAIN app."Code" ADD CONSTRAINT late CHECK (length(VALUE) < 10) NOT VALID`,
	}},
	{"drop domain", diff.DropDomain{Domain: model.Domain{Schema: "app", Name: "price", Type: "numeric"}},
		[]string{"DROP DOMAIN app.price"}},
	{"set domain default", diff.SetDomainDefault{Domain: dPrice, Default: "0"},
		[]string{"ALTER DOMAIN app.price SET DEFAULT 0"}},
	{"drop domain default", diff.SetDomainDefault{Domain: dPrice},
		[]string{"ALTER DOMAIN app.price DROP DEFAULT"}},
	{"set domain not null", diff.SetDomainNotNull{Domain: dPrice, NotNull: true},
		[]string{"ALTER DOMAIN app.price SET NOT NULL"}},
	{"drop domain not null", diff.SetDomainNotNull{Domain: dPrice},
		[]string{"ALTER DOMAIN app.price DROP NOT NULL"}},
	{"add domain check", diff.AddDomainCheck{Domain: dPrice, Check: model.DomainCheck{Name: "positive", Expression: "CHECK (VALUE > (0)::numeric)"}},
		[]string{"ALTER DOMAIN app.price ADD CONSTRAINT positive CHECK (VALUE > (0)::numeric)"}},
	{"add domain check not valid", diff.AddDomainCheck{Domain: dPrice, Check: model.DomainCheck{Name: "Positive", Expression: "CHECK (VALUE > (0)::numeric)", NotValid: true}},
		[]string{`ALTER DOMAIN app.price ADD CONSTRAINT "Positive" CHECK (VALUE > (0)::numeric) NOT VALID`}},
	{"drop domain check", diff.DropDomainCheck{Domain: dPrice, Check: model.DomainCheck{Name: "positive", Expression: "CHECK (VALUE > (0)::numeric)"}},
		[]string{"ALTER DOMAIN app.price DROP CONSTRAINT positive"}},
	{"create composite", diff.CreateComposite{Type: model.CompositeType{Schema: "app", Name: "pair", Attributes: []model.Attribute{
		{Name: "a", Type: "integer"},
		{Name: "user", Type: "text", Collation: collC, Comment: "not rendered here"},
		{Name: "p", Type: "app.price"},
	}}}, []string{"CREATE TYPE app.pair AS (\n    a integer,\n    \"user\" text COLLATE pg_catalog.\"C\",\n    p app.price\n)"}},
	{"create empty composite", diff.CreateComposite{Type: model.CompositeType{Schema: "app", Name: "nothing"}},
		[]string{"CREATE TYPE app.nothing AS ()"}},
	{"drop composite", diff.DropComposite{Type: model.CompositeType{Schema: "app", Name: "pair"}},
		[]string{"DROP TYPE app.pair"}},
	{"add attribute", diff.AddAttribute{Type: tPair, Attribute: model.Attribute{Name: "b", Type: "integer"}},
		[]string{"ALTER TYPE app.pair ADD ATTRIBUTE b integer"}},
	{"add attribute with collation", diff.AddAttribute{Type: tPair, Attribute: model.Attribute{Name: "B", Type: "text", Collation: collC}},
		[]string{`ALTER TYPE app.pair ADD ATTRIBUTE "B" text COLLATE pg_catalog."C"`}},
	{"drop attribute", diff.DropAttribute{Type: tPair, Attribute: model.Attribute{Name: "b", Type: "integer"}},
		[]string{"ALTER TYPE app.pair DROP ATTRIBUTE b"}},
	{"alter attribute type", diff.AlterAttributeType{Type: tPair, Attribute: "a", From: "integer", To: "bigint"},
		[]string{"ALTER TYPE app.pair ALTER ATTRIBUTE a TYPE bigint"}},
	{"alter attribute type with collation", diff.AlterAttributeType{Type: tPair, Attribute: "user", From: "text", To: "character varying(5)", Collation: collC},
		[]string{`ALTER TYPE app.pair ALTER ATTRIBUTE "user" TYPE character varying(5) COLLATE pg_catalog."C"`}},
	{"create function", diff.CreateFunction{Function: model.Function{Schema: "app", Name: "add", Definition: addDef}},
		[]string{"CREATE OR REPLACE FUNCTION app.add(a integer, b integer DEFAULT 1)\n" +
			" RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nAS $function$ SELECT a + b; $function$"}},
	{"create plpgsql function", diff.CreateFunction{Function: touchFn},
		[]string{"CREATE OR REPLACE FUNCTION app.touch()\n RETURNS trigger\n LANGUAGE plpgsql\n" +
			"AS $function$\nBEGIN\n  NEW.at := now();\n  RETURN NEW;\nEND;\n$function$"}},
	{"create function with terminator", diff.CreateFunction{Function: model.Function{Schema: "app", Name: "one",
		Definition: "CREATE OR REPLACE FUNCTION app.one() RETURNS integer LANGUAGE sql RETURN 1;\r\n"}},
		[]string{"CREATE OR REPLACE FUNCTION app.one() RETURNS integer LANGUAGE sql RETURN 1"}},
	{"create function with atomic body", diff.CreateFunction{Function: model.Function{Schema: "app", Name: "n",
		Definition: "CREATE OR REPLACE FUNCTION app.n()\n RETURNS bigint\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT count(*) AS count\n    FROM app.orders;\nEND\n"}},
		[]string{"CREATE OR REPLACE FUNCTION app.n()\n RETURNS bigint\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT count(*) AS count\n    FROM app.orders;\nEND"}},
	{"create procedure", diff.CreateFunction{Function: model.Function{Schema: "app", Name: "p", Kind: model.Procedure,
		Definition: "CREATE OR REPLACE PROCEDURE app.p(IN x integer)\n LANGUAGE plpgsql\nAS $procedure$BEGIN PERFORM x; END;$procedure$\n"}},
		[]string{"CREATE OR REPLACE PROCEDURE app.p(IN x integer)\n LANGUAGE plpgsql\nAS $procedure$BEGIN PERFORM x; END;$procedure$"}},
	{"replace function", diff.ReplaceFunction{
		From: model.Function{Schema: "app", Name: "add", Definition: addDef},
		To:   model.Function{Schema: "app", Name: "add", Definition: "CREATE OR REPLACE FUNCTION app.add(a integer, b integer DEFAULT 1)\n RETURNS integer\n LANGUAGE sql\n STABLE\nAS $function$ SELECT a - b $function$\n"},
	}, []string{"CREATE OR REPLACE FUNCTION app.add(a integer, b integer DEFAULT 1)\n RETURNS integer\n LANGUAGE sql\n STABLE\nAS $function$ SELECT a - b $function$"}},
	{"drop function", diff.DropFunction{Function: model.Function{Schema: "app", Name: "add", Arguments: "a integer, b integer DEFAULT 1", IdentityArguments: "a integer, b integer"}},
		[]string{"DROP FUNCTION app.add(a integer, b integer)"}},
	{"drop function without arguments", diff.DropFunction{Function: model.Function{Schema: "My App", Name: "Now"}},
		[]string{`DROP FUNCTION "My App"."Now"()`}},
	{"drop procedure", diff.DropFunction{Function: model.Function{Schema: "app", Name: "p", Kind: model.Procedure, IdentityArguments: "IN x integer, INOUT y text"}},
		[]string{"DROP PROCEDURE app.p(IN x integer, INOUT y text)"}},
	{"create view", diff.CreateView{View: model.View{Schema: "app", Name: "open_orders",
		Definition: " SELECT orders.id,\n    orders.n\n   FROM app.orders\n  WHERE orders.n > 0;"}},
		[]string{"CREATE VIEW app.open_orders AS\n SELECT orders.id,\n    orders.n\n   FROM app.orders\n  WHERE orders.n > 0"}},
	{"create view with options", diff.CreateView{View: model.View{Schema: "app", Name: "Open",
		Options:    []string{"check_option=cascaded", "security_barrier=true", "security_invoker=true"},
		Definition: "SELECT 1 AS one"}},
		[]string{`CREATE VIEW app."Open" WITH (check_option=cascaded, security_barrier=true, security_invoker=true) AS` + "\n SELECT 1 AS one"}},
	{"create materialized view", diff.CreateView{View: model.View{Schema: "app", Name: "totals", Materialized: true,
		Options:    []string{"fillfactor=50"},
		Definition: " SELECT count(*) AS count\n   FROM app.orders;",
		Indexes:    []model.Index{{Name: "not_rendered_here"}}}},
		[]string{"CREATE MATERIALIZED VIEW app.totals WITH (fillfactor=50) AS\n SELECT count(*) AS count\n   FROM app.orders"}},
	{"drop view", diff.DropView{View: model.View{Schema: "app", Name: "open_orders"}}, []string{"DROP VIEW app.open_orders"}},
	{"drop materialized view", diff.DropView{View: model.View{Schema: "app", Name: "totals", Materialized: true}},
		[]string{"DROP MATERIALIZED VIEW app.totals"}},
	{"create trigger", diff.CreateTrigger{Table: tOrders, Trigger: model.Trigger{Name: "touch", Definition: trgDef, Function: touchFn.Ref()}},
		[]string{trgDef}},
	{"create disabled trigger", diff.CreateTrigger{Table: tOrders, Trigger: model.Trigger{Name: "touch", Definition: trgDef, Enabled: model.TriggerDisabled}},
		[]string{trgDef, "ALTER TABLE app.orders DISABLE TRIGGER touch"}},
	{"create replica trigger", diff.CreateTrigger{Table: tOrders, Trigger: model.Trigger{Name: "touch", Definition: trgDef, Enabled: model.TriggerReplica}},
		[]string{trgDef, "ALTER TABLE app.orders ENABLE REPLICA TRIGGER touch"}},
	{"create always trigger", diff.CreateTrigger{Table: tOrders, Trigger: model.Trigger{Name: "touch", Definition: trgDef, Enabled: model.TriggerAlways}},
		[]string{trgDef, "ALTER TABLE app.orders ENABLE ALWAYS TRIGGER touch"}},
	{"create instead of trigger", diff.CreateTrigger{Table: vOpen, Trigger: model.Trigger{Name: "ins",
		Definition: "CREATE TRIGGER ins INSTEAD OF INSERT ON app.open_orders FOR EACH ROW EXECUTE FUNCTION app.ignore()"}},
		[]string{"CREATE TRIGGER ins INSTEAD OF INSERT ON app.open_orders FOR EACH ROW EXECUTE FUNCTION app.ignore()"}},
	{"drop trigger", diff.DropTrigger{Table: tOrders, Trigger: model.Trigger{Name: "Touch", Definition: trgDef}},
		[]string{`DROP TRIGGER "Touch" ON app.orders`}},
	{"enable trigger", diff.SetTriggerEnabled{Table: tOrders, Name: "touch", Enabled: model.TriggerOrigin},
		[]string{"ALTER TABLE app.orders ENABLE TRIGGER touch"}},
	{"disable trigger", diff.SetTriggerEnabled{Table: tOrders, Name: "select", Enabled: model.TriggerDisabled},
		[]string{`ALTER TABLE app.orders DISABLE TRIGGER "select"`}},
	{"enable replica trigger", diff.SetTriggerEnabled{Table: tOrders, Name: "touch", Enabled: model.TriggerReplica},
		[]string{"ALTER TABLE app.orders ENABLE REPLICA TRIGGER touch"}},
	{"enable always trigger", diff.SetTriggerEnabled{Table: tOrders, Name: "touch", Enabled: model.TriggerAlways},
		[]string{"ALTER TABLE app.orders ENABLE ALWAYS TRIGGER touch"}},
	{"comment on domain", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindDomain, Schema: "app", Name: "price"}, Comment: "money"},
		[]string{"COMMENT ON DOMAIN app.price IS 'money'"}},
	{"comment on domain check", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindDomainCheck, Schema: "app", Name: "price", Sub: "Positive"}, Comment: "> 0"},
		[]string{`COMMENT ON CONSTRAINT "Positive" ON DOMAIN app.price IS '> 0'`}},
	{"comment on function", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindFunction, Schema: "app", Name: "add", Sub: "a integer, b integer"}, Comment: "adds"},
		[]string{"COMMENT ON FUNCTION app.add(a integer, b integer) IS 'adds'"}},
	{"comment on procedure removed", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindProcedure, Schema: "app", Name: "p", Sub: "IN x integer"}, From: "old"},
		[]string{"COMMENT ON PROCEDURE app.p(IN x integer) IS NULL"}},
	{"comment on view", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindView, Schema: "app", Name: "open_orders"}, Comment: "open"},
		[]string{"COMMENT ON VIEW app.open_orders IS 'open'"}},
	{"comment on materialized view", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindMaterializedView, Schema: "app", Name: "totals"}, Comment: "sums"},
		[]string{"COMMENT ON MATERIALIZED VIEW app.totals IS 'sums'"}},
	{"comment on trigger", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindTrigger, Schema: "app", Name: "orders", Sub: "touch"}, Comment: "touches"},
		[]string{"COMMENT ON TRIGGER touch ON app.orders IS 'touches'"}},
}

func init() {
	goldenCases = append(goldenCases, objectGoldenCases...)
}
