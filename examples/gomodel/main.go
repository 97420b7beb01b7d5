// Command gomodel declares a database schema in Go and prints it as a
// retort YAML model, so that retort can use it as the desired schema:
//
//	# retort.yaml
//	model:
//	  command: go run ./examples/gomodel
//
// The model is made of plain struct literals of the types in package
// model. Names are written unquoted, as PostgreSQL stores them; types,
// defaults and check expressions are SQL text. retort applies the printed
// model to a scratch database and reads it back, so SQL spelled
// differently but meaning the same (int and integer, now() and
// CURRENT_TIMESTAMP) does not show up as a change. Fields that only say
// what the catalog derives (Index.Columns, the Columns of a check,
// Column.TypeRef) can be left out for the same reason.
//
// retort inspect --format go writes a file of this shape from an existing
// database.
package main

import (
	"fmt"
	"os"

	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/model/yamlmodel"
)

// Schema returns the model: the schema as it should be.
func Schema() *model.Schema {
	return &model.Schema{
		// CREATE SCHEMA shop
		Namespaces: []model.Namespace{{Name: "shop", Comment: "the web shop"}},

		// CREATE TYPE shop.order_status AS ENUM (...): labels in sort order.
		Enums: []model.Enum{
			{Schema: "shop", Name: "order_status", Labels: []string{"pending", "paid", "shipped"}},
		},

		Tables: []model.Table{customers(), orders()},
	}
}

// customers is a table with an identity key and a unique email.
func customers() model.Table {
	return model.Table{
		Schema: "shop",
		Name:   "customers",
		// Columns are in table order.
		Columns: []model.Column{
			{Name: "id", Type: "bigint", NotNull: true, Identity: model.IdentityAlways},
			{Name: "email", Type: "text", NotNull: true},
			{Name: "created_at", Type: "timestamp with time zone", NotNull: true, Default: "now()"},
		},
		Constraints: []model.Constraint{
			{Name: "customers_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}},
			{Name: "customers_email_key", Kind: model.Unique, Columns: []string{"email"}},
		},
		Comment: "people who buy",
	}
}

// orders is a table that uses the enum, references customers, checks its
// total and has an index for a customer's latest orders.
func orders() model.Table {
	return model.Table{
		Schema: "shop",
		Name:   "orders",
		Columns: []model.Column{
			{Name: "id", Type: "bigint", NotNull: true, Identity: model.IdentityByDefault},
			{Name: "customer_id", Type: "bigint", NotNull: true},
			// A user-defined type is written schema-qualified.
			{Name: "status", Type: "shop.order_status", NotNull: true, Default: "'pending'::shop.order_status"},
			{Name: "total", Type: "numeric(10,2)", NotNull: true, Default: "0"},
			{Name: "placed_at", Type: "timestamp with time zone"},
		},
		Constraints: []model.Constraint{
			{Name: "orders_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}},
			{
				Name:       "orders_customer_id_fkey",
				Kind:       model.ForeignKey,
				Columns:    []string{"customer_id"},
				References: model.QualifiedName{Schema: "shop", Name: "customers"},
				RefColumns: []string{"id"},
				OnDelete:   model.Cascade,
			},
			{Name: "orders_total_check", Kind: model.Check, Expression: "total >= 0"},
		},
		// Indexes that back no constraint; the primary key and unique
		// constraints above own theirs.
		Indexes: []model.Index{
			{
				Name:   "orders_customer_id_placed_at_idx",
				Method: "btree",
				Keys: []model.IndexKey{
					{Column: "customer_id"},
					// DESC puts nulls first unless told otherwise.
					{Column: "placed_at", Descending: true, NullsFirst: true},
				},
			},
		},
	}
}

func main() {
	if err := yamlmodel.Write(os.Stdout, Schema()); err != nil {
		fmt.Fprintln(os.Stderr, "gomodel:", err)
		os.Exit(1)
	}
}
