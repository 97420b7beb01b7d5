package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

func relRef(schema, name string) model.Ref {
	return model.Ref{Kind: model.RefRelation, Schema: schema, Name: name}
}

func typeRef(schema, name string) model.Ref {
	return model.Ref{Kind: model.RefType, Schema: schema, Name: name}
}

func funcRef(schema, name, args string) model.Ref {
	return model.Ref{Kind: model.RefFunction, Schema: schema, Name: name, Args: args}
}

// TestObjects checks domains, composite types, functions, procedures,
// views, materialized views and triggers field by field.
func TestObjects(t *testing.T) {
	tests := []struct {
		name string
		sql  string
		want model.Schema
	}{
		{
			name: "domains",
			sql: `
				CREATE TYPE mood AS ENUM ('sad', 'happy');
				CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT n % 2 = 0';
				CREATE DOMAIN posint AS integer NOT NULL DEFAULT 2
					CONSTRAINT positive CHECK (VALUE > 0)
					CONSTRAINT even CHECK (public.is_even(VALUE));
				ALTER DOMAIN posint ADD CONSTRAINT small CHECK (VALUE < 1000) NOT VALID;
				COMMENT ON DOMAIN posint IS 'a positive even integer';
				COMMENT ON CONSTRAINT positive ON DOMAIN posint IS 'above zero';
				CREATE DOMAIN glad AS mood CHECK (VALUE <> 'sad');
				CREATE DOMAIN code AS varchar(10) COLLATE "C";
				CREATE DOMAIN moods AS mood[];`,
			want: model.Schema{
				Namespaces: []model.Namespace{public},
				Enums:      []model.Enum{{Schema: "public", Name: "mood", Labels: []string{"sad", "happy"}}},
				Functions: []model.Function{{
					Schema: "public", Name: "is_even", Arguments: "n integer", IdentityArguments: "n integer", Result: "boolean",
					Definition: "CREATE OR REPLACE FUNCTION public.is_even(n integer)\n RETURNS boolean\n LANGUAGE sql\n IMMUTABLE\nAS $function$SELECT n % 2 = 0$function$",
				}},
				Domains: []model.Domain{
					{Schema: "public", Name: "code", Type: "character varying(10)", Collation: qn("pg_catalog", "C")},
					{
						Schema: "public", Name: "glad", Type: "public.mood",
						Checks:  []model.DomainCheck{{Name: "glad_check", Expression: "CHECK ((VALUE <> 'sad'::public.mood))"}},
						Depends: []model.Ref{typeRef("public", "mood")},
					},
					{Schema: "public", Name: "moods", Type: "public.mood[]", Depends: []model.Ref{typeRef("public", "mood")}},
					{
						Schema: "public", Name: "posint", Type: "integer", NotNull: true, Default: "2",
						Checks: []model.DomainCheck{
							{Name: "even", Expression: "CHECK (public.is_even(VALUE))"},
							{Name: "positive", Expression: "CHECK ((VALUE > 0))", Comment: "above zero"},
							{Name: "small", Expression: "CHECK ((VALUE < 1000))", NotValid: true},
						},
						Comment: "a positive even integer",
						Depends: []model.Ref{funcRef("public", "is_even", "n integer")},
					},
				},
			},
		},
		{
			name: "composite types",
			sql: `
				CREATE TYPE mood AS ENUM ('sad', 'happy');
				CREATE DOMAIN posint AS integer;
				CREATE TYPE pair AS (label text COLLATE "C", moods mood[], n posint, plain text);
				COMMENT ON TYPE pair IS 'a pair';
				COMMENT ON COLUMN pair.label IS 'the label';
				CREATE TYPE nested AS (p pair, at timestamptz(3));
				CREATE TYPE empty AS ();`,
			want: model.Schema{
				Namespaces: []model.Namespace{public},
				Enums:      []model.Enum{{Schema: "public", Name: "mood", Labels: []string{"sad", "happy"}}},
				Domains:    []model.Domain{{Schema: "public", Name: "posint", Type: "integer"}},
				Composites: []model.CompositeType{
					{Schema: "public", Name: "empty"},
					{
						Schema: "public", Name: "nested",
						Attributes: []model.Attribute{
							{Name: "p", Type: "public.pair"},
							{Name: "at", Type: "timestamp(3) with time zone"},
						},
						Depends: []model.Ref{typeRef("public", "pair")},
					},
					{
						Schema: "public", Name: "pair",
						Attributes: []model.Attribute{
							{Name: "label", Type: "text", Collation: qn("pg_catalog", "C"), Comment: "the label"},
							{Name: "moods", Type: "public.mood[]"},
							{Name: "n", Type: "public.posint"},
							{Name: "plain", Type: "text"},
						},
						Comment: "a pair",
						Depends: []model.Ref{typeRef("public", "mood"), typeRef("public", "posint")},
					},
				},
			},
		},
		{
			name: "functions and procedures",
			sql: `
				CREATE SCHEMA app;
				CREATE TYPE app.mood AS ENUM ('sad', 'happy');
				CREATE TABLE app.item (id int PRIMARY KEY, name text);
				CREATE FUNCTION app.split(IN whole int, OUT half int, INOUT rest int DEFAULT 0, m app.mood DEFAULT 'sad')
					LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, app
					AS $$BEGIN half := whole / 2; rest := whole % 2; END$$;
				COMMENT ON FUNCTION app.split IS 'halves';
				CREATE FUNCTION app.item_count() RETURNS bigint LANGUAGE sql STABLE
					BEGIN ATOMIC SELECT count(*) FROM app.item; END;
				CREATE PROCEDURE app.reset(n int) LANGUAGE sql AS $$DELETE FROM app.item WHERE id > n$$;
				COMMENT ON PROCEDURE app.reset IS 'deletes';
				CREATE FUNCTION app.items() RETURNS SETOF app.item LANGUAGE sql AS 'SELECT * FROM app.item';
				CREATE FUNCTION app.names(min int) RETURNS TABLE (id int, name text) LANGUAGE sql ROWS 5
					AS 'SELECT id, name FROM app.item WHERE id >= min';
				CREATE AGGREGATE app.total(int) (sfunc = int4pl, stype = int);`,
			want: model.Schema{
				Namespaces: []model.Namespace{{Name: "app"}, public},
				Enums:      []model.Enum{{Schema: "app", Name: "mood", Labels: []string{"sad", "happy"}}},
				Functions: []model.Function{
					{
						Schema: "app", Name: "item_count", Result: "bigint",
						Definition: "CREATE OR REPLACE FUNCTION app.item_count()\n RETURNS bigint\n LANGUAGE sql\n STABLE\nBEGIN ATOMIC\n SELECT count(*) AS count\n    FROM app.item;\nEND",
						Depends:    []model.Ref{relRef("app", "item")},
					},
					{
						Schema: "app", Name: "items", Result: "SETOF app.item",
						Definition: "CREATE OR REPLACE FUNCTION app.items()\n RETURNS SETOF app.item\n LANGUAGE sql\nAS $function$SELECT * FROM app.item$function$",
						Depends:    []model.Ref{relRef("app", "item")},
					},
					{
						Schema: "app", Name: "names", Arguments: "min integer", IdentityArguments: "min integer",
						Result:     "TABLE(id integer, name text)",
						Definition: "CREATE OR REPLACE FUNCTION app.names(min integer)\n RETURNS TABLE(id integer, name text)\n LANGUAGE sql\n ROWS 5\nAS $function$SELECT id, name FROM app.item WHERE id >= min$function$",
					},
					{
						Schema: "app", Name: "reset", Kind: model.Procedure, Arguments: "IN n integer", IdentityArguments: "IN n integer",
						Definition: "CREATE OR REPLACE PROCEDURE app.reset(IN n integer)\n LANGUAGE sql\nAS $procedure$DELETE FROM app.item WHERE id > n$procedure$",
						Comment:    "deletes",
					},
					{
						Schema: "app", Name: "split",
						Arguments:         "whole integer, OUT half integer, INOUT rest integer DEFAULT 0, m app.mood DEFAULT 'sad'::app.mood",
						IdentityArguments: "whole integer, OUT half integer, INOUT rest integer, m app.mood",
						Result:            "record",
						Definition:        "CREATE OR REPLACE FUNCTION app.split(whole integer, OUT half integer, INOUT rest integer DEFAULT 0, m app.mood DEFAULT 'sad'::app.mood)\n RETURNS record\n LANGUAGE plpgsql\n STABLE SECURITY DEFINER\n SET search_path TO 'pg_catalog', 'app'\nAS $function$BEGIN half := whole / 2; rest := whole % 2; END$function$",
						Comment:           "halves",
						Depends:           []model.Ref{typeRef("app", "mood")},
					},
					{
						Schema: "app", Name: "total", Kind: model.Aggregate, Arguments: "integer", IdentityArguments: "integer",
						Result:     "integer",
						Definition: "CREATE OR REPLACE AGGREGATE app.total(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)",
					},
				},
				Tables: []model.Table{{
					Schema: "app", Name: "item",
					Columns:     []model.Column{{Name: "id", Type: "integer", NotNull: true}, {Name: "name", Type: "text"}},
					Constraints: []model.Constraint{{Name: "item_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}}},
				}},
			},
		},
		{
			name: "views and materialized views",
			sql: `
				CREATE TYPE mood AS ENUM ('sad', 'happy');
				CREATE TABLE item (id int PRIMARY KEY, name text, m mood);
				CREATE FUNCTION twice(n int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT n * 2';
				CREATE VIEW doubled AS SELECT id, twice(id) AS two, m = 'sad'::mood AS sad FROM item;
				COMMENT ON VIEW doubled IS 'ids doubled';
				COMMENT ON COLUMN doubled.two IS 'twice the id';
				CREATE VIEW positive WITH (security_barrier = true) AS
					SELECT id, two FROM doubled WHERE id > 0
					WITH LOCAL CHECK OPTION;
				CREATE MATERIALIZED VIEW counts WITH (fillfactor = 90) AS SELECT m, count(*) AS n FROM item GROUP BY m;
				CREATE UNIQUE INDEX counts_m_idx ON counts (m);
				COMMENT ON MATERIALIZED VIEW counts IS 'per mood';`,
			want: model.Schema{
				Namespaces: []model.Namespace{public},
				Enums:      []model.Enum{{Schema: "public", Name: "mood", Labels: []string{"sad", "happy"}}},
				Functions: []model.Function{{
					Schema: "public", Name: "twice", Arguments: "n integer", IdentityArguments: "n integer", Result: "integer",
					Definition: "CREATE OR REPLACE FUNCTION public.twice(n integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nAS $function$SELECT n * 2$function$",
				}},
				Tables: []model.Table{{
					Schema: "public", Name: "item",
					Columns: []model.Column{
						{Name: "id", Type: "integer", NotNull: true},
						{Name: "name", Type: "text"},
						{Name: "m", Type: "public.mood", TypeRef: model.QualifiedName{Schema: "public", Name: "mood"}},
					},
					Constraints: []model.Constraint{{Name: "item_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}}},
				}},
				Views: []model.View{
					{
						Schema: "public", Name: "counts", Materialized: true,
						Definition: " SELECT item.m,\n    count(*) AS n\n   FROM public.item\n  GROUP BY item.m;",
						Columns:    []model.ViewColumn{{Name: "m", Type: "public.mood"}, {Name: "n", Type: "bigint"}},
						Options:    []string{"fillfactor=90"},
						Indexes: []model.Index{{
							Name: "counts_m_idx", Unique: true, Method: "btree",
							Keys: []model.IndexKey{{Column: "m"}}, Columns: []string{"m"},
						}},
						Comment: "per mood",
						Depends: []model.Ref{relRef("public", "item")},
					},
					{
						Schema: "public", Name: "doubled",
						Definition: " SELECT item.id,\n    public.twice(item.id) AS two,\n    (item.m = 'sad'::public.mood) AS sad\n   FROM public.item;",
						Columns: []model.ViewColumn{
							{Name: "id", Type: "integer"},
							{Name: "two", Type: "integer", Comment: "twice the id"},
							{Name: "sad", Type: "boolean"},
						},
						Comment: "ids doubled",
						Depends: []model.Ref{relRef("public", "item"), typeRef("public", "mood"), funcRef("public", "twice", "n integer")},
					},
					{
						Schema: "public", Name: "positive",
						Definition: " SELECT doubled.id,\n    doubled.two\n   FROM public.doubled\n  WHERE (doubled.id > 0);",
						Columns:    []model.ViewColumn{{Name: "id", Type: "integer"}, {Name: "two", Type: "integer"}},
						Options:    []string{"check_option=local", "security_barrier=true"},
						Depends:    []model.Ref{relRef("public", "doubled")},
					},
				},
			},
		},
		{
			name: "row-level security and policies",
			sql: `
				DO $$ BEGIN CREATE ROLE retort_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
				CREATE FUNCTION allowed(o text) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT o = current_user';
				CREATE TABLE doc (id int, owner text, body text);
				ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
				ALTER TABLE doc FORCE ROW LEVEL SECURITY;
				CREATE POLICY read_all ON doc FOR SELECT TO retort_test_reader, PUBLIC USING (true);
				CREATE POLICY own ON doc AS RESTRICTIVE FOR UPDATE TO retort_test_reader
					USING (allowed(owner)) WITH CHECK (owner = current_user);
				CREATE POLICY ins ON doc FOR INSERT WITH CHECK (id > 0);
				CREATE POLICY del ON doc FOR DELETE USING (owner IS NOT NULL);
				CREATE POLICY any_cmd ON doc USING (id < 100);
				COMMENT ON POLICY own ON doc IS 'owners only';
				CREATE TABLE plain (id int);
				CREATE TABLE part (id int) PARTITION BY RANGE (id);
				CREATE TABLE part_1 PARTITION OF part FOR VALUES FROM (0) TO (10);
				CREATE POLICY p1 ON part_1 USING (true);`,
			want: model.Schema{
				Namespaces: []model.Namespace{public},
				Functions: []model.Function{{
					Schema: "public", Name: "allowed", Arguments: "o text", IdentityArguments: "o text", Result: "boolean",
					Definition: "CREATE OR REPLACE FUNCTION public.allowed(o text)\n RETURNS boolean\n LANGUAGE sql\n STABLE\nAS $function$SELECT o = current_user$function$",
				}},
				Tables: []model.Table{
					{
						Schema: "public", Name: "doc",
						Columns: []model.Column{
							{Name: "id", Type: "integer"},
							{Name: "owner", Type: "text"},
							{Name: "body", Type: "text"},
						},
						RowSecurity: true, ForceRowSecurity: true,
						Policies: []model.Policy{
							{Name: "any_cmd", Command: "ALL", Permissive: true, Roles: []string{"public"}, Using: "(id < 100)"},
							{Name: "del", Command: "DELETE", Permissive: true, Roles: []string{"public"}, Using: "(owner IS NOT NULL)"},
							{Name: "ins", Command: "INSERT", Permissive: true, Roles: []string{"public"}, WithCheck: "(id > 0)"},
							{
								Name: "own", Command: "UPDATE", Roles: []string{"retort_test_reader"},
								Using: "public.allowed(owner)", WithCheck: "(owner = CURRENT_USER)", Comment: "owners only",
							},
							// PUBLIC among the roles stands for all of them
							{Name: "read_all", Command: "SELECT", Permissive: true, Roles: []string{"public"}, Using: "true"},
						},
					},
					{Schema: "public", Name: "part", PartitionKey: "RANGE (id)", Columns: []model.Column{{Name: "id", Type: "integer"}}},
					{
						Schema: "public", Name: "part_1",
						PartitionOf: &model.QualifiedName{Schema: "public", Name: "part"}, PartitionBound: "FOR VALUES FROM (0) TO (10)",
						Columns:  []model.Column{{Name: "id", Type: "integer"}},
						Policies: []model.Policy{{Name: "p1", Command: "ALL", Permissive: true, Roles: []string{"public"}, Using: "true"}},
					},
					{Schema: "public", Name: "plain", Columns: []model.Column{{Name: "id", Type: "integer"}}},
				},
			},
		},
		{
			name: "triggers",
			sql: `
				CREATE TABLE item (id int PRIMARY KEY, price numeric, note text);
				CREATE VIEW item_v AS SELECT id, note FROM item;
				CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
				CREATE TRIGGER price_changed BEFORE UPDATE OF price ON item FOR EACH ROW
					WHEN (OLD.price IS DISTINCT FROM NEW.price) EXECUTE FUNCTION touch();
				COMMENT ON TRIGGER price_changed ON item IS 'on price';
				CREATE CONSTRAINT TRIGGER checked AFTER INSERT OR DELETE ON item DEFERRABLE INITIALLY DEFERRED
					FOR EACH ROW EXECUTE FUNCTION touch('a', 'b');
				CREATE TRIGGER off AFTER TRUNCATE ON item FOR EACH STATEMENT EXECUTE FUNCTION touch();
				ALTER TABLE item DISABLE TRIGGER off;
				CREATE TRIGGER always AFTER INSERT ON item FOR EACH STATEMENT EXECUTE FUNCTION touch();
				ALTER TABLE item ENABLE ALWAYS TRIGGER always;
				CREATE TRIGGER replica AFTER INSERT ON item FOR EACH STATEMENT EXECUTE FUNCTION touch();
				ALTER TABLE item ENABLE REPLICA TRIGGER replica;
				CREATE TRIGGER instead INSTEAD OF INSERT ON item_v FOR EACH ROW EXECUTE FUNCTION touch();
				COMMENT ON TRIGGER instead ON item_v IS 'writes through';
				CREATE TABLE part (id int) PARTITION BY RANGE (id);
				CREATE TABLE part_1 PARTITION OF part FOR VALUES FROM (0) TO (10);
				CREATE TRIGGER cloned AFTER INSERT ON part FOR EACH ROW EXECUTE FUNCTION touch();
				CREATE TRIGGER own AFTER INSERT ON part_1 FOR EACH ROW EXECUTE FUNCTION touch();`,
			want: model.Schema{
				Namespaces: []model.Namespace{public},
				Functions: []model.Function{{
					Schema: "public", Name: "touch", Result: "trigger",
					Definition: "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$BEGIN RETURN NEW; END$function$",
				}},
				Tables: []model.Table{
					{
						Schema: "public", Name: "item",
						Columns: []model.Column{
							{Name: "id", Type: "integer", NotNull: true},
							{Name: "price", Type: "numeric"},
							{Name: "note", Type: "text"},
						},
						Constraints: []model.Constraint{{Name: "item_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}}},
						Triggers: []model.Trigger{
							{
								Name:       "always",
								Definition: "CREATE TRIGGER always AFTER INSERT ON public.item FOR EACH STATEMENT EXECUTE FUNCTION public.touch()",
								Enabled:    model.TriggerAlways, Function: funcRef("public", "touch", ""),
							},
							{
								Name:       "checked",
								Definition: "CREATE CONSTRAINT TRIGGER checked AFTER INSERT OR DELETE ON public.item DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.touch('a', 'b')",
								Function:   funcRef("public", "touch", ""),
							},
							{
								Name:       "off",
								Definition: "CREATE TRIGGER off AFTER TRUNCATE ON public.item FOR EACH STATEMENT EXECUTE FUNCTION public.touch()",
								Enabled:    model.TriggerDisabled, Function: funcRef("public", "touch", ""),
							},
							{
								Name:       "price_changed",
								Definition: "CREATE TRIGGER price_changed BEFORE UPDATE OF price ON public.item FOR EACH ROW WHEN ((old.price IS DISTINCT FROM new.price)) EXECUTE FUNCTION public.touch()",
								Function:   funcRef("public", "touch", ""), Comment: "on price",
							},
							{
								Name:       "replica",
								Definition: "CREATE TRIGGER replica AFTER INSERT ON public.item FOR EACH STATEMENT EXECUTE FUNCTION public.touch()",
								Enabled:    model.TriggerReplica, Function: funcRef("public", "touch", ""),
							},
						},
					},
					{
						Schema: "public", Name: "part", PartitionKey: "RANGE (id)",
						Columns: []model.Column{{Name: "id", Type: "integer"}},
						Triggers: []model.Trigger{{
							Name:       "cloned",
							Definition: "CREATE TRIGGER cloned AFTER INSERT ON public.part FOR EACH ROW EXECUTE FUNCTION public.touch()",
							Function:   funcRef("public", "touch", ""),
						}},
					},
					{
						// the trigger cloned from part is the parent's
						Schema: "public", Name: "part_1",
						PartitionOf: &model.QualifiedName{Schema: "public", Name: "part"}, PartitionBound: "FOR VALUES FROM (0) TO (10)",
						Columns: []model.Column{{Name: "id", Type: "integer"}},
						Triggers: []model.Trigger{{
							Name:       "own",
							Definition: "CREATE TRIGGER own AFTER INSERT ON public.part_1 FOR EACH ROW EXECUTE FUNCTION public.touch()",
							Function:   funcRef("public", "touch", ""),
						}},
					},
				},
				Views: []model.View{{
					Schema: "public", Name: "item_v",
					Definition: " SELECT item.id,\n    item.note\n   FROM public.item;",
					Columns:    []model.ViewColumn{{Name: "id", Type: "integer"}, {Name: "note", Type: "text"}},
					Triggers: []model.Trigger{{
						Name:       "instead",
						Definition: "CREATE TRIGGER instead INSTEAD OF INSERT ON public.item_v FOR EACH ROW EXECUTE FUNCTION public.touch()",
						Function:   funcRef("public", "touch", ""), Comment: "writes through",
					}},
					Depends: []model.Ref{relRef("public", "item")},
				}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := read(t, load(t, tt.sql), Options{})
			if d := cmp.Diff(&tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
