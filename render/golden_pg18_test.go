package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var tRooms = model.QualifiedName{Schema: "app", Name: "rooms"}

// pg18GoldenCases cover the syntax PostgreSQL 18 added: WITHOUT OVERLAPS
// keys, PERIOD foreign keys, NOT ENFORCED, NOT NULL constraints added by
// ALTER TABLE ... ADD (named, NO INHERIT, NOT VALID) and virtual generated
// columns. pg_query's
// grammar is older, so TestStatementsParse knows them (newerGrammar); the
// acceptance cases run them on PostgreSQL 18.
var pg18GoldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"create table with temporal keys and a check not enforced", diff.CreateTable{Table: model.Table{
		Schema: "app", Name: "bookings",
		Columns: []model.Column{
			{Name: "room", Type: "integer", NotNull: true},
			{Name: "during", Type: "tstzrange", NotNull: true},
			{Name: "guest", Type: "text"},
		},
		Constraints: []model.Constraint{
			{Name: "bookings_pkey", Kind: model.PrimaryKey, Columns: []string{"room", "during"}, WithoutOverlaps: true},
			{Name: "bookings_guest_key", Kind: model.Unique, Columns: []string{"guest", "during"}, WithoutOverlaps: true,
				NullsNotDistinct: true, Include: []string{"room"}, Deferrable: true},
			{Name: "guest_named", Kind: model.Check, Expression: "(guest <> ''::text)", NoInherit: true, NotEnforced: true},
		},
	}}, []string{"CREATE TABLE app.bookings (\n" +
		"    room integer NOT NULL,\n" +
		"    during tstzrange NOT NULL,\n" +
		"    guest text,\n" +
		"    CONSTRAINT bookings_pkey PRIMARY KEY (room, during WITHOUT OVERLAPS),\n" +
		"    CONSTRAINT bookings_guest_key UNIQUE NULLS NOT DISTINCT (guest, during WITHOUT OVERLAPS) INCLUDE (room) DEFERRABLE,\n" +
		"    CONSTRAINT guest_named CHECK (guest <> ''::text) NO INHERIT NOT ENFORCED\n" +
		")"}},
	{"add temporal primary key", diff.AddConstraint{Table: tRooms, Constraint: model.Constraint{
		Name: "rooms_pkey", Kind: model.PrimaryKey, Columns: []string{"id", "valid_at"}, WithoutOverlaps: true,
	}}, []string{"ALTER TABLE app.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS)"}},
	{"add period foreign key", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{
		Name: "orders_room_fkey", Kind: model.ForeignKey, Columns: []string{"room", "Valid At"},
		References: tRooms, RefColumns: []string{"id", "valid_at"}, Period: true,
	}}, []string{`ALTER TABLE app.orders ADD CONSTRAINT orders_room_fkey FOREIGN KEY (room, PERIOD "Valid At") REFERENCES app.rooms (id, PERIOD valid_at)`}},
	{"add foreign key not enforced", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{
		Name: "orders_customer_fkey", Kind: model.ForeignKey, Columns: []string{"customer"},
		References: tCustomers, RefColumns: []string{"id"}, OnDelete: model.Cascade,
		Deferrable: true, InitiallyDeferred: true, NotEnforced: true, NotValid: true,
	}}, []string{"ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer) REFERENCES app.customers (id) " +
		"ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED NOT ENFORCED"}},
	{"add check not enforced", diff.AddConstraint{Table: tOrders, Constraint: model.Constraint{
		Name: "c", Kind: model.Check, Expression: "(n > 0)", NotEnforced: true,
	}}, []string{"ALTER TABLE app.orders ADD CONSTRAINT c CHECK (n > 0) NOT ENFORCED"}},
	{"add named NOT NULL", diff.SetColumnNotNull{Table: tOrders, Column: "name", NotNull: true, Constraint: "name required"},
		[]string{`ALTER TABLE app.orders ADD CONSTRAINT "name required" NOT NULL name`}},
	{"add NOT NULL NO INHERIT NOT VALID", diff.SetColumnNotNull{Table: tOrders, Column: "name", NotNull: true, NoInherit: true, NotValid: true},
		[]string{"ALTER TABLE app.orders ADD NOT NULL name NO INHERIT NOT VALID"}},
	{"add virtual column with a named NOT NULL", diff.AddColumn{Table: tOrders, Column: model.Column{
		Name: "double", Type: "integer", Generated: "(n * 2)", Virtual: true, NotNull: true, NotNullName: "double_nn", NotNullNoInherit: true}},
		[]string{"ALTER TABLE app.orders ADD COLUMN double integer GENERATED ALWAYS AS (n * 2) VIRTUAL CONSTRAINT double_nn NOT NULL NO INHERIT"}},
}

func init() {
	goldenCases = append(goldenCases, pg18GoldenCases...)
	for _, c := range pg18GoldenCases {
		newerGrammar[c.name] = 18
	}
}
