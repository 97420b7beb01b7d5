package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var (
	tOrders    = model.QualifiedName{Schema: "app", Name: "orders"}
	tCustomers = model.QualifiedName{Schema: "app", Name: "customers"}
	seven      = 7
)

func ptr[T any](v T) *T { return &v }

// goldenCases covers every operation kind and its important variants.
var goldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"create schema", diff.CreateSchema{Schema: model.Namespace{Name: "app"}}, []string{"CREATE SCHEMA app"}},
	{"drop schema", diff.DropSchema{Schema: model.Namespace{Name: "Sales"}}, []string{`DROP SCHEMA "Sales"`}},
	{"create extension", diff.CreateExtension{Extension: model.Extension{Name: "citext", Schema: "public", Version: "1.6"}},
		[]string{"CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6'"}},
	{"drop extension", diff.DropExtension{Extension: model.Extension{Name: "uuid-ossp"}}, []string{`DROP EXTENSION "uuid-ossp"`}},
	{"alter extension version", diff.AlterExtensionVersion{Name: "citext", From: "1.5", To: "1.6"},
		[]string{"ALTER EXTENSION citext UPDATE TO '1.6'"}},
	{"alter extension version refused", diff.AlterExtensionVersion{Name: "citext", From: "1.6", To: "1.5", Refused: "no update path"},
		[]string{"DO $retort$ BEGIN RAISE EXCEPTION USING MESSAGE = 'no update path'; END $retort$"}},
	{"create enum", diff.CreateEnum{Enum: model.Enum{Schema: "app", Name: "mood", Labels: []string{"sad", "it's"}}},
		[]string{"CREATE TYPE app.mood AS ENUM ('sad', 'it''s')"}},
	{"drop enum", diff.DropEnum{Enum: model.Enum{Schema: "app", Name: "mood"}}, []string{"DROP TYPE app.mood"}},
	{"add enum value at end", diff.AddEnumValue{Enum: model.QualifiedName{Schema: "app", Name: "mood"}, Label: "ok"},
		[]string{"ALTER TYPE app.mood ADD VALUE 'ok'"}},
	{"add enum value before", diff.AddEnumValue{Enum: model.QualifiedName{Schema: "app", Name: "mood"}, Label: "ok", Before: "sad"},
		[]string{"ALTER TYPE app.mood ADD VALUE 'ok' BEFORE 'sad'"}},
	{"add enum value after", diff.AddEnumValue{Enum: model.QualifiedName{Schema: "app", Name: "mood"}, Label: "ok", After: "sad"},
		[]string{"ALTER TYPE app.mood ADD VALUE 'ok' AFTER 'sad'"}},
	{"recreate enum", diff.RecreateEnum{
		From: model.Enum{Schema: "app", Name: "mood", Labels: []string{"a", "b", "c"}},
		To:   model.Enum{Schema: "app", Name: "mood", Labels: []string{"c", "a"}},
		Columns: []diff.EnumColumn{
			{Table: tOrders, Column: "mood", DropDefault: true},
			{Table: tOrders, Column: "history", Array: true},
		},
	}, []string{
		"DO $retort$ BEGIN IF EXISTS (SELECT FROM app.orders WHERE mood::text = 'b') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''b'' of app.mood is still used by rows of app.orders.mood; map it with removed_labels: {b: <label>} in the model, or update those rows first'; END IF; END $retort$",
		"DO $retort$ BEGIN IF EXISTS (SELECT FROM app.orders WHERE 'b' = ANY (history::text[])) THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''b'' of app.mood is still used by rows of app.orders.history; map it with removed_labels: {b: <label>} in the model, or update those rows first'; END IF; END $retort$",
		"ALTER TYPE app.mood RENAME TO mood__retort_old",
		"CREATE TYPE app.mood AS ENUM ('c', 'a')",
		"ALTER TABLE app.orders ALTER COLUMN mood DROP DEFAULT",
		"ALTER TABLE app.orders ALTER COLUMN mood TYPE app.mood USING mood::text::app.mood",
		"ALTER TABLE app.orders ALTER COLUMN history TYPE app.mood[] USING history::text[]::app.mood[]",
		"DROP TYPE app.mood__retort_old",
	}},
	{"recreate enum with mapped labels", diff.RecreateEnum{
		From: model.Enum{Schema: "app", Name: "mood", Labels: []string{"a", "b", "c"}},
		To:   model.Enum{Schema: "app", Name: "mood", Labels: []string{"a"}},
		Columns: []diff.EnumColumn{
			{Table: tOrders, Column: "mood"},
			{Table: tOrders, Column: "history", Array: true},
		},
		Mapped: map[string]string{"c": "a", "b": "a"},
	}, []string{
		"ALTER TYPE app.mood RENAME TO mood__retort_old",
		"CREATE TYPE app.mood AS ENUM ('a')",
		"ALTER TABLE app.orders ALTER COLUMN mood TYPE app.mood USING (CASE mood::text WHEN 'b' THEN 'a' WHEN 'c' THEN 'a' ELSE mood::text END)::app.mood",
		"ALTER TABLE app.orders ALTER COLUMN history TYPE app.mood[] USING array_replace(array_replace(history::text[], 'b', 'a'), 'c', 'a')::app.mood[]",
		"DROP TYPE app.mood__retort_old",
	}},
	{"rename enum value", diff.RenameEnumValue{Enum: model.QualifiedName{Schema: "app", Name: "mood"}, From: "sad", To: "it's"},
		[]string{"ALTER TYPE app.mood RENAME VALUE 'sad' TO 'it''s'"}},
	{"rename schema", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindSchema, Name: "app"}, To: "Sales"},
		[]string{`ALTER SCHEMA app RENAME TO "Sales"`}},
	{"rename table", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindTable, Schema: "app", Name: "orders"}, To: "order"},
		[]string{`ALTER TABLE app.orders RENAME TO "order"`}},
	{"rename sequence", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindSequence, Schema: "app", Name: "users_id_seq"}, To: "people_id_seq"},
		[]string{"ALTER SEQUENCE app.users_id_seq RENAME TO people_id_seq"}},
	{"rename view", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindView, Schema: "app", Name: "v"}, To: "w"},
		[]string{"ALTER VIEW app.v RENAME TO w"}},
	{"rename materialized view", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindMaterializedView, Schema: "app", Name: "v"}, To: "w"},
		[]string{"ALTER MATERIALIZED VIEW app.v RENAME TO w"}},
	{"rename type", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindType, Schema: "app", Name: "mood"}, To: "feeling"},
		[]string{"ALTER TYPE app.mood RENAME TO feeling"}},
	{"rename domain", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindDomain, Schema: "app", Name: "price"}, To: "amount"},
		[]string{"ALTER DOMAIN app.price RENAME TO amount"}},
	{"rename column", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindColumn, Schema: "app", Name: "orders", Sub: "fullname"}, To: "user"},
		[]string{`ALTER TABLE app.orders RENAME COLUMN fullname TO "user"`}},
	{"rename constraint", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindConstraint, Schema: "app", Name: "orders", Sub: "a_check"}, To: "b_check"},
		[]string{"ALTER TABLE app.orders RENAME CONSTRAINT a_check TO b_check"}},
	{"rename index", diff.Rename{Object: diff.ObjectRef{Kind: diff.KindIndex, Schema: "app", Name: "orders", Sub: "a_idx"}, To: "b_idx"},
		[]string{"ALTER INDEX app.a_idx RENAME TO b_idx"}},
	{"create sequence with defaults", diff.CreateSequence{Sequence: model.Sequence{
		Schema: "app", Name: "s", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1,
		OwnedBy: &model.ColumnRef{Table: tOrders, Column: "id"},
	}}, []string{"CREATE SEQUENCE app.s"}},
	{"create sequence with options", diff.CreateSequence{Sequence: model.Sequence{
		Schema: "app", Name: "s", Type: "integer", Start: 100, Increment: 5, Min: 10, Max: 100000, Cache: 20, Cycle: true,
	}}, []string{"CREATE SEQUENCE app.s AS integer START WITH 100 INCREMENT BY 5 MINVALUE 10 MAXVALUE 100000 CACHE 20 CYCLE"}},
	{"create descending sequence with defaults", diff.CreateSequence{Sequence: model.Sequence{
		Schema: "app", Name: "down", Type: "smallint", Start: -1, Increment: -1, Min: -32768, Max: -1, Cache: 1,
	}}, []string{"CREATE SEQUENCE app.down AS smallint INCREMENT BY -1"}},
	{"create descending sequence with bounds", diff.CreateSequence{Sequence: model.Sequence{
		Schema: "app", Name: "down", Type: "integer", Start: -10, Increment: -2, Min: -1000, Max: -10, Cache: 1,
	}}, []string{"CREATE SEQUENCE app.down AS integer INCREMENT BY -2 MINVALUE -1000 MAXVALUE -10"}},
	{"drop sequence", diff.DropSequence{Sequence: model.Sequence{Schema: "app", Name: "s"}}, []string{"DROP SEQUENCE app.s"}},
	{"alter sequence", diff.AlterSequence{
		From: model.Sequence{Schema: "app", Name: "s", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1},
		To:   model.Sequence{Schema: "app", Name: "s", Type: "integer", Start: 5, Increment: 1, Min: 1, Max: 2147483647, Cache: 10, Cycle: true},
	}, []string{
		"DO $retort$ BEGIN IF EXISTS (SELECT FROM app.s WHERE last_value > 2147483647) THEN " +
			"ALTER SEQUENCE app.s AS integer START WITH 5 MAXVALUE 2147483647 CACHE 10 CYCLE RESTART; " +
			"ELSE ALTER SEQUENCE app.s AS integer START WITH 5 MAXVALUE 2147483647 CACHE 10 CYCLE; END IF; END $retort$"}},
	{"alter sequence no cycle", diff.AlterSequence{
		From: model.Sequence{Schema: "app", Name: "s", Increment: 1, Cycle: true},
		To:   model.Sequence{Schema: "app", Name: "s", Increment: 3, Min: -5},
	}, []string{"ALTER SEQUENCE app.s INCREMENT BY 3 MINVALUE -5 NO CYCLE"}},
	{"set sequence owner", diff.SetSequenceOwner{
		Sequence: model.QualifiedName{Schema: "app", Name: "s"}, Owner: &model.ColumnRef{Table: tOrders, Column: "id"},
	}, []string{"ALTER SEQUENCE app.s OWNED BY app.orders.id"}},
	{"set sequence owner none", diff.SetSequenceOwner{
		Sequence: model.QualifiedName{Schema: "app", Name: "s"}, From: &model.ColumnRef{Table: tOrders, Column: "id"},
	}, []string{"ALTER SEQUENCE app.s OWNED BY NONE"}},
	{"sync sequence", diff.SyncSequence{
		Sequence: model.Sequence{Schema: "app", Name: "orders_id_seq", Increment: 1, Min: 1, Max: 2147483647},
		Column:   model.ColumnRef{Table: tOrders, Column: "id"},
	}, []string{"SELECT pg_catalog.setval('app.orders_id_seq'::regclass, max(id)) FROM app.orders HAVING max(id) BETWEEN 1 AND 2147483647"}},
	{"sync descending sequence", diff.SyncSequence{
		Sequence: model.Sequence{Schema: "app", Name: "Down", Increment: -1, Min: -100, Max: -1},
		Column:   model.ColumnRef{Table: tOrders, Column: "n"},
	}, []string{`SELECT pg_catalog.setval('app."Down"'::regclass, min(n)) FROM app.orders HAVING min(n) BETWEEN -100 AND -1`}},
	{"create empty table", diff.CreateTable{Table: model.Table{Schema: "app", Name: "empty"}}, []string{"CREATE TABLE app.empty ()"}},
	{"create table", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "orders", Options: []string{"autovacuum_enabled=false", "fillfactor=70"},
		Columns: []model.Column{
			{Name: "id", Type: "bigint", NotNull: true, Identity: model.IdentityAlways, IdentitySequence: &model.Sequence{
				Schema: "app", Name: "orders_id_seq", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1}},
			{Name: "n", Type: "integer", NotNull: true, Identity: model.IdentityByDefault, IdentitySequence: &model.Sequence{
				Schema: "app", Name: "orders_n_seq", Type: "integer", Start: 10, Increment: 2, Min: 1, Max: 1000, Cache: 5, Cycle: true}},
			{Name: "name", Type: "text", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Default: "'x'::text"},
			{Name: "price", Type: "numeric(10,2)", Default: "0", NotNull: true},
			{Name: "total", Type: "numeric", Generated: "(price * (2)::numeric)"},
			{Name: "half", Type: "numeric", Generated: "price / 2"},
			{Name: "during", Type: "tstzrange"},
			{Name: "customer", Type: "bigint", Statistics: &seven, Storage: model.StoragePlain, Comment: "not rendered here"},
		},
		Constraints: []model.Constraint{
			{Name: "orders_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}, Include: []string{"name"}, IndexOptions: []string{"fillfactor=90"}},
			{Name: "orders_name_key", Kind: model.Unique, Columns: []string{"name", "price"}, NullsNotDistinct: true, Deferrable: true},
			{Name: "price_positive", Kind: model.Check, Expression: "(price > (0)::numeric)", NoInherit: true, NotValid: true},
			{Name: "two_checks", Kind: model.Check, Expression: "(price > (0)::numeric) AND (n > 0)"},
			{Name: "no_overlap", Kind: model.Exclusion, Definition: "EXCLUDE USING gist (during WITH &&)"},
		},
		Indexes: []model.Index{{Name: "not_rendered", Keys: []model.IndexKey{{Column: "n"}}}},
	}}, []string{"CREATE TABLE app.orders (\n" +
		"    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.orders_id_seq) NOT NULL,\n" +
		"    n integer GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME app.orders_n_seq START WITH 10 INCREMENT BY 2 MAXVALUE 1000 CACHE 5 CYCLE) NOT NULL,\n" +
		`    name text COLLATE pg_catalog."C" DEFAULT 'x'::text,` + "\n" +
		"    price numeric(10,2) DEFAULT 0 NOT NULL,\n" +
		"    total numeric GENERATED ALWAYS AS (price * (2)::numeric) STORED,\n" +
		"    half numeric GENERATED ALWAYS AS (price / 2) STORED,\n" +
		"    during tstzrange,\n" +
		"    customer bigint,\n" +
		"    CONSTRAINT orders_pkey PRIMARY KEY (id) INCLUDE (name) WITH (fillfactor=90),\n" +
		"    CONSTRAINT orders_name_key UNIQUE NULLS NOT DISTINCT (name, price) DEFERRABLE,\n" +
		"    CONSTRAINT price_positive CHECK (price > (0)::numeric) NO INHERIT,\n" +
		"    CONSTRAINT two_checks CHECK ((price > (0)::numeric) AND (n > 0)),\n" +
		"    CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&)\n" +
		") WITH (autovacuum_enabled=false, fillfactor=70)"}},
	{"create unlogged partitioned table", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "events", Unlogged: true, PartitionKey: "RANGE (at)",
		Columns: []model.Column{{Name: "at", Type: "timestamp with time zone", NotNull: true}},
	}}, []string{"CREATE UNLOGGED TABLE app.events (\n    at timestamp with time zone NOT NULL\n) PARTITION BY RANGE (at)"}},
	{"create partition", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "events_2024", PartitionOf: &model.QualifiedName{Schema: "app", Name: "events"},
		PartitionBound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
	}}, []string{"CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"}},
	{"create partition with its own NOT NULLs", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "events_2024", PartitionOf: &model.QualifiedName{Schema: "app", Name: "events"},
		PartitionBound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
		Columns:        []model.Column{{Name: "at", NotNull: true}, {Name: "id", NotNull: true, NotNullName: "events_2024_id_not_null"}},
	}}, []string{"CREATE TABLE app.events_2024 PARTITION OF app.events (\n    at NOT NULL,\n    id CONSTRAINT events_2024_id_not_null NOT NULL\n) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"}},
	{"create sub-partitioned partition with a check", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "events_old", PartitionOf: &model.QualifiedName{Schema: "app", Name: "events"},
		PartitionBound: "DEFAULT", PartitionKey: "LIST (kind)",
		Constraints: []model.Constraint{{Name: "kind_set", Kind: model.Check, Expression: "(kind IS NOT NULL)"}},
	}}, []string{"CREATE TABLE app.events_old PARTITION OF app.events (\n    CONSTRAINT kind_set CHECK (kind IS NOT NULL)\n) DEFAULT PARTITION BY LIST (kind)"}},
	{"attach partition", diff.AttachPartition{Parent: model.QualifiedName{Schema: "app", Name: "events"}, Partition: model.QualifiedName{Schema: "app", Name: "events_2024"}, Bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"},
		[]string{"ALTER TABLE app.events ATTACH PARTITION app.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"}},
	{"detach partition", diff.DetachPartition{Parent: model.QualifiedName{Schema: "app", Name: "events"}, Partition: model.QualifiedName{Schema: "app", Name: "events_2024"}},
		[]string{"ALTER TABLE app.events DETACH PARTITION app.events_2024"}},
	{"create index on only a partitioned table", diff.CreateIndex{Table: model.QualifiedName{Schema: "app", Name: "events"}, Index: model.Index{Name: "on", Method: "btree", Keys: []model.IndexKey{{Column: "at"}}}, Only: true},
		[]string{`CREATE INDEX "on" ON ONLY app.events (at)`}},
	{"attach index", diff.AttachIndex{Parent: model.QualifiedName{Schema: "app", Name: "events_at_idx"}, Index: model.QualifiedName{Schema: "app", Name: "events_2024_at"}},
		[]string{"ALTER INDEX app.events_at_idx ATTACH PARTITION app.events_2024_at"}},
	{"rename attached index", diff.RenameAttachedIndex{Partition: model.QualifiedName{Schema: "app", Name: "events_2024"}, Parent: model.QualifiedName{Schema: "app", Name: "events"}, ParentIndex: "events_at_idx", To: "events_2024_at"},
		[]string{`DO $$
DECLARE
    found name;
BEGIN
    SELECT c.relname INTO found
    FROM pg_catalog.pg_inherits i
    JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
    JOIN pg_catalog.pg_index x ON x.indexrelid = i.inhrelid
    WHERE i.inhparent = 'app.events_at_idx'::regclass AND x.indrelid = 'app.events_2024'::regclass;
    IF found IS NULL THEN
        RAISE EXCEPTION 'no index of % is attached to %', 'app.events_2024', 'app.events_at_idx';
    END IF;
    IF found <> 'events_2024_at' THEN
        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', 'app', found, 'events_2024_at');
    END IF;
END
$$`}},
	{"drop table", diff.DropTable{Table: model.Table{Schema: "app", Name: "orders"}}, []string{"DROP TABLE app.orders"}},
	{"set table options", diff.SetTableOptions{Table: tOrders, Set: []string{"fillfactor=70", "toast.autovacuum_enabled=off", "weird=a b"}, Reset: []string{"autovacuum_enabled", "toast.fillfactor"}},
		[]string{"ALTER TABLE app.orders SET (fillfactor=70, toast.autovacuum_enabled=off, weird='a b'), RESET (autovacuum_enabled, toast.fillfactor)"}},
	{"table option values", diff.SetTableOptions{Table: tOrders, Set: []string{"a=false", "b=on", "c=-1", "d=0.5", "e=between", "f=1e5", "g=Off", "h=", "i=left", "j"}},
		[]string{"ALTER TABLE app.orders SET (a=false, b=on, c=-1, d=0.5, e='between', f='1e5', g='Off', h='', i=left, j)"}},
	{"reset table options", diff.SetTableOptions{Table: tOrders, Reset: []string{"fillfactor"}},
		[]string{"ALTER TABLE app.orders RESET (fillfactor)"}},
	{"set table unlogged", diff.SetTableLogged{Table: tOrders, Unlogged: true}, []string{"ALTER TABLE app.orders SET UNLOGGED"}},
	{"set table logged", diff.SetTableLogged{Table: tOrders}, []string{"ALTER TABLE app.orders SET LOGGED"}},
	{"add column", diff.AddColumn{Table: tOrders, Column: model.Column{Name: "note", Type: "character varying(20)", Default: "'none'::character varying", NotNull: true}},
		[]string{"ALTER TABLE app.orders ADD COLUMN note character varying(20) DEFAULT 'none'::character varying NOT NULL"}},
	{"drop column", diff.DropColumn{Table: tOrders, Column: model.Column{Name: "user", Type: "text"}},
		[]string{`ALTER TABLE app.orders DROP COLUMN "user"`}},
	{"alter column type", diff.AlterColumnType{Table: tOrders, Column: "n", From: "integer", To: "bigint"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n TYPE bigint"}},
	{"alter column type with cast and collation", diff.AlterColumnType{Table: tOrders, Column: "Code", From: "integer", To: "text",
		Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"}, Cast: diff.CastExplicit},
		[]string{`ALTER TABLE app.orders ALTER COLUMN "Code" TYPE text COLLATE pg_catalog."C" USING "Code"::text`}},
	{"alter column type unchecked cast", diff.AlterColumnType{Table: tOrders, Column: "h", From: "public.hstore", To: "public.other", Cast: diff.CastUnchecked},
		[]string{`ALTER TABLE app.orders ALTER COLUMN h TYPE public.other USING h::public.other`}},
	{"alter column type enum to enum", diff.AlterColumnType{Table: tOrders, Column: "Mood", From: "app.mood", To: "app.feeling", Cast: diff.CastViaText},
		[]string{`ALTER TABLE app.orders ALTER COLUMN "Mood" TYPE app.feeling USING "Mood"::text::app.feeling`}},
	{"alter column type enum array to enum array", diff.AlterColumnType{Table: tOrders, Column: "moods", From: "app.mood[]", To: "app.feeling[]", Cast: diff.CastViaText},
		[]string{`ALTER TABLE app.orders ALTER COLUMN moods TYPE app.feeling[] USING moods::text[]::app.feeling[]`}},
	{"alter column type using the model's expression", diff.AlterColumnType{Table: tOrders, Column: "at", From: "bigint", To: "timestamp with time zone",
		Cast: diff.CastNone, Using: "to_timestamp(at)"},
		[]string{`ALTER TABLE app.orders ALTER COLUMN at TYPE timestamp with time zone USING to_timestamp(at)`}},
	{"alter column type refused", diff.AlterColumnType{Table: tOrders, Column: "at", From: "timestamp with time zone", To: "bigint",
		Refused: "cannot convert app.orders.at back; it's refused"},
		[]string{`DO $retort$ BEGIN RAISE EXCEPTION USING MESSAGE = 'cannot convert app.orders.at back; it''s refused'; END $retort$`}},
	{"set column default", diff.SetColumnDefault{Table: tOrders, Column: "n", Default: "42"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n SET DEFAULT 42"}},
	{"drop column default", diff.DropColumnDefault{Table: tOrders, Column: "n", From: "42"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n DROP DEFAULT"}},
	{"set not null", diff.SetColumnNotNull{Table: tOrders, Column: "n", NotNull: true},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n SET NOT NULL"}},
	{"drop not null", diff.SetColumnNotNull{Table: tOrders, Column: "n"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n DROP NOT NULL"}},
	// The check names its column as PostgreSQL would print it: bare when
	// it can be, quoted for keywords and other names.
	{"set not null via a check", diff.SetColumnNotNull{Table: tOrders, Column: "user", NotNull: true, ViaCheck: "orders_user_retort_not_null"},
		[]string{
			`ALTER TABLE app.orders ADD CONSTRAINT orders_user_retort_not_null CHECK ("user" IS NOT NULL) NOT VALID`,
			"ALTER TABLE app.orders VALIDATE CONSTRAINT orders_user_retort_not_null",
			`ALTER TABLE app.orders ALTER COLUMN "user" SET NOT NULL`,
			"ALTER TABLE app.orders DROP CONSTRAINT orders_user_retort_not_null",
		}},
	{"add identity", diff.AddIdentity{Table: tOrders, Column: "n", Identity: model.IdentityAlways, Sequence: &model.Sequence{
		Schema: "app", Name: "orders_n_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1}},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.orders_n_seq)"}},
	{"add identity without sequence", diff.AddIdentity{Table: tOrders, Column: "n", Identity: model.IdentityByDefault},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n ADD GENERATED BY DEFAULT AS IDENTITY"}},
	{"drop identity", diff.DropIdentity{Table: tOrders, Column: "n", Identity: model.IdentityAlways},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n DROP IDENTITY"}},
	{"alter identity", diff.AlterIdentity{Table: tOrders, Column: "n",
		From: model.Column{Name: "n", Identity: model.IdentityAlways, IdentitySequence: &model.Sequence{
			Schema: "app", Name: "old_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1}},
		To: model.Column{Name: "n", Identity: model.IdentityByDefault, IdentitySequence: &model.Sequence{
			Schema: "app", Name: "orders_n_seq", Type: "integer", Start: 1, Increment: 2, Min: 1, Max: 1000, Cache: 1, Cycle: true}},
	}, []string{
		"ALTER SEQUENCE app.old_seq RENAME TO orders_n_seq",
		"DO $retort$ BEGIN IF EXISTS (SELECT FROM app.orders_n_seq WHERE last_value > 1000) THEN " +
			"ALTER TABLE app.orders ALTER COLUMN n SET GENERATED BY DEFAULT SET INCREMENT BY 2 SET MAXVALUE 1000 SET CYCLE RESTART; " +
			"ELSE ALTER TABLE app.orders ALTER COLUMN n SET GENERATED BY DEFAULT SET INCREMENT BY 2 SET MAXVALUE 1000 SET CYCLE; END IF; END $retort$",
	}},
	{"alter identity kind only", diff.AlterIdentity{Table: tOrders, Column: "n",
		From: model.Column{Name: "n", Identity: model.IdentityByDefault},
		To:   model.Column{Name: "n", Identity: model.IdentityAlways},
	}, []string{"ALTER TABLE app.orders ALTER COLUMN n SET GENERATED ALWAYS"}},
	{"drop column expression", diff.DropColumnExpression{Table: tOrders, Column: "total", From: "(price * 2)"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN total DROP EXPRESSION"}},
	{"set column expression", diff.SetColumnExpression{Table: tOrders, Column: "total", From: "(price * 2)", To: "(price * 3)"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN total SET EXPRESSION AS (price * 3)"}},
	{"set column statistics", diff.SetColumnStatistics{Table: tOrders, Column: "n", Statistics: ptr(500)},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n SET STATISTICS 500"}},
	{"reset column statistics", diff.SetColumnStatistics{Table: tOrders, Column: "n"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n SET STATISTICS -1"}},
	{"set column storage", diff.SetColumnStorage{Table: tOrders, Column: "name", Storage: model.StorageExternal, Type: "text"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN name SET STORAGE EXTERNAL"}},
	{"reset column storage text", diff.SetColumnStorage{Table: tOrders, Column: "name", Type: "text"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN name SET STORAGE EXTENDED"}},
	{"reset column storage numeric", diff.SetColumnStorage{Table: tOrders, Column: "price", Type: "numeric(10,2)"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN price SET STORAGE MAIN"}},
	{"reset column storage integer", diff.SetColumnStorage{Table: tOrders, Column: "n", Type: "integer"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n SET STORAGE PLAIN"}},
	{"reset column storage array", diff.SetColumnStorage{Table: tOrders, Column: "n", Type: "integer[]"},
		[]string{"ALTER TABLE app.orders ALTER COLUMN n SET STORAGE EXTENDED"}},
	{"add primary key", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{Name: "orders_pkey", Kind: model.PrimaryKey, Columns: []string{"id", "n"}}},
		[]string{"ALTER TABLE app.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, n)"}},
	{"add foreign key", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{
		Name: "orders_customer_fkey", Kind: model.ForeignKey, Columns: []string{"customer", "n"},
		References: tCustomers, RefColumns: []string{"id", "n"}, Match: model.MatchFull,
		OnUpdate: model.Cascade, OnDelete: model.SetNull, OnDeleteColumns: []string{"customer"},
		Deferrable: true, InitiallyDeferred: true, NotValid: true,
	}}, []string{"ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer, n) REFERENCES app.customers (id, n) " +
		"MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL (customer) DEFERRABLE INITIALLY DEFERRED NOT VALID"}},
	{"add plain foreign key", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{
		Name: "fk", Kind: model.ForeignKey, Columns: []string{"customer"}, References: tCustomers, RefColumns: []string{"id"}, OnDelete: model.Restrict,
	}}, []string{"ALTER TABLE app.orders ADD CONSTRAINT fk FOREIGN KEY (customer) REFERENCES app.customers (id) ON DELETE RESTRICT"}},
	{"add check not valid", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{Name: "c", Kind: model.Check, Expression: "(n > 0)", NotValid: true}},
		[]string{"ALTER TABLE app.orders ADD CONSTRAINT c CHECK (n > 0) NOT VALID"}},
	{"add unique ignores not valid", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{Name: "u", Kind: model.Unique, Columns: []string{"n"}, NotValid: true}},
		[]string{"ALTER TABLE app.orders ADD CONSTRAINT u UNIQUE (n)"}},
	{"add exclusion", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{Name: "x", Kind: model.Exclusion, Definition: "EXCLUDE USING gist (during WITH &&) DEFERRABLE"}},
		[]string{"ALTER TABLE app.orders ADD CONSTRAINT x EXCLUDE USING gist (during WITH &&) DEFERRABLE"}},
	{"drop constraint", diff.DropConstraint{Table: tOrders, Constraint: model.Constraint{Name: "check"}},
		[]string{`ALTER TABLE app.orders DROP CONSTRAINT "check"`}},
	{"validate constraint", diff.ValidateConstraint{Table: tOrders, Name: "c"},
		[]string{"ALTER TABLE app.orders VALIDATE CONSTRAINT c"}},
	{"create index", diff.CreateIndex{Table: tOrders, Index: model.Index{Name: "orders_n_idx", Method: "btree", Keys: []model.IndexKey{{Column: "n"}}}},
		[]string{"CREATE INDEX orders_n_idx ON app.orders (n)"}},
	{"create index with everything", diff.CreateIndex{Table: tOrders, Index: model.Index{
		Name: "Orders Idx", Unique: true, Method: "btree",
		Keys: []model.IndexKey{
			{Column: "n", Descending: true, NullsFirst: true},
			{Column: "customer", Descending: true},
			{Column: "id", NullsFirst: true},
			{Expression: "lower(name)", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "C"},
				Opclass: &model.QualifiedName{Schema: "pg_catalog", Name: "text_pattern_ops"}},
			{Expression: "((n + 1))"},
		},
		Include: []string{"price"}, NullsNotDistinct: true, Options: []string{"fillfactor=80"}, Predicate: "(n > 0)",
	}}, []string{`CREATE UNIQUE INDEX "Orders Idx" ON app.orders (n DESC, customer DESC NULLS LAST, id NULLS FIRST, ` +
		`lower(name) COLLATE pg_catalog."C" pg_catalog.text_pattern_ops, (n + 1)) INCLUDE (price) NULLS NOT DISTINCT WITH (fillfactor=80) WHERE (n > 0)`}},
	{"create gin index", diff.CreateIndex{Table: tOrders, Index: model.Index{Name: "g", Method: "gin", Keys: []model.IndexKey{{Column: "tags"}}}},
		[]string{"CREATE INDEX g ON app.orders USING gin (tags)"}},
	{"drop index", diff.DropIndex{Table: tOrders, Index: model.Index{Name: "orders_n_idx"}}, []string{"DROP INDEX app.orders_n_idx"}},
	{"comment on schema", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindSchema, Name: "app"}, Comment: "the app"},
		[]string{"COMMENT ON SCHEMA app IS 'the app'"}},
	{"comment on extension", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindExtension, Name: "citext"}, Comment: "ci"},
		[]string{"COMMENT ON EXTENSION citext IS 'ci'"}},
	{"comment on type", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindType, Schema: "app", Name: "mood"}, Comment: `a\b`},
		[]string{`COMMENT ON TYPE app.mood IS E'a\\b'`}},
	{"comment on sequence", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindSequence, Schema: "app", Name: "s"}, Comment: "s"},
		[]string{"COMMENT ON SEQUENCE app.s IS 's'"}},
	{"comment on table", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindTable, Schema: "app", Name: "orders"}, Comment: "it's"},
		[]string{"COMMENT ON TABLE app.orders IS 'it''s'"}},
	{"comment on column", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindColumn, Schema: "app", Name: "orders", Sub: "n"}, Comment: "n"},
		[]string{"COMMENT ON COLUMN app.orders.n IS 'n'"}},
	{"comment on constraint", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindConstraint, Schema: "app", Name: "orders", Sub: "orders_pkey"}, Comment: "pk"},
		[]string{"COMMENT ON CONSTRAINT orders_pkey ON app.orders IS 'pk'"}},
	{"comment on index removed", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindIndex, Schema: "app", Name: "orders", Sub: "orders_n_idx"}, From: "old"},
		[]string{"COMMENT ON INDEX app.orders_n_idx IS NULL"}},
}

func TestOpGolden(t *testing.T) {
	for _, tt := range goldenCases {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, Op(tt.op)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func TestPlan(t *testing.T) {
	tests := []struct {
		name string
		plan diff.Plan
		want string
	}{
		{"empty", diff.Plan{}, "-- no changes\n"},
		{"empty with warnings", diff.Plan{Warnings: []string{"view app.v is not managed"}},
			"-- warning: view app.v is not managed\n-- no changes\n"},
		{"steps", diff.Plan{
			Warnings: []string{"two\nlines"},
			Steps: []diff.Step{
				{Op: diff.CreateSchema{Schema: model.Namespace{Name: "app"}}},
				{Op: diff.DropColumn{Table: tOrders, Column: model.Column{Name: "n"}}, Hazards: []diff.Hazard{
					{Kind: diff.DataLoss, Message: "drops column app.orders.n"},
					{Kind: diff.TableRewrite, Message: "rewrites\r\nthe table"},
				}},
				{Op: diff.RecreateEnum{
					From: model.Enum{Schema: "app", Name: "e", Labels: []string{"a", "b"}},
					To:   model.Enum{Schema: "app", Name: "e", Labels: []string{"b"}},
				}, Hazards: []diff.Hazard{{Kind: diff.LongLock, Message: "locks"}}},
			},
		}, "-- warning: two lines\n" +
			"CREATE SCHEMA app;\n" +
			"-- hazard data-loss: drops column app.orders.n\n" +
			"-- hazard table-rewrite: rewrites the table\n" +
			"ALTER TABLE app.orders DROP COLUMN n;\n" +
			"-- hazard long-lock: locks\n" +
			"ALTER TYPE app.e RENAME TO e__retort_old;\n" +
			"CREATE TYPE app.e AS ENUM ('b');\n" +
			"DROP TYPE app.e__retort_old;\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, Plan(&tt.plan)); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
