package config

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestFileName(t *testing.T) {
	at := time.Date(2024, 4, 1, 7, 8, 9, 0, time.UTC)
	vars := FileVars{Rev: "784a7abb86b7", Slug: "create_schema_ecommerce", Time: at}
	tests := []struct {
		template string
		vars     FileVars
		want     string
	}{
		{DefaultFileTemplate, vars, "2024_04_01_0708-784a7abb86b7_create_schema_ecommerce.sql"},
		{"{rev}_{slug}", vars, "784a7abb86b7_create_schema_ecommerce.sql"}, // Alembic's default
		{"{epoch}_{rev}_{slug}", vars, "1711955289_784a7abb86b7_create_schema_ecommerce.sql"},
		{"{year}{month:02}{day:02}{hour:02}{minute:02}{second:02}_{slug}", vars, "20240401070809_create_schema_ecommerce.sql"},
		{"{year}-{month}-{day}_{rev}", vars, "2024-4-1_784a7abb86b7.sql"},
		{"{month:02d}_{rev}", vars, "04_784a7abb86b7.sql"},
		{"{month:3}_{rev}", vars, "  4_784a7abb86b7.sql"},
		{"{rev}.sql", vars, "784a7abb86b7.sql"},
		{"{{{rev}}}", vars, "{784a7abb86b7}.sql"},
		{"{rev}_{slug}", FileVars{Rev: "784a7abb86b7", Time: at}, "784a7abb86b7.sql"}, // empty slug
		{DefaultFileTemplate, FileVars{Rev: "ae1027a6acf", Slug: "add_column", Time: time.Date(2024, 12, 31, 23, 59, 0, 0, time.FixedZone("X", 3600))},
			"2024_12_31_2359-ae1027a6acf_add_column.sql"},
	}
	for _, tt := range tests {
		got, err := FileName(tt.template, tt.vars)
		if err != nil {
			t.Errorf("FileName(%q): %v", tt.template, err)
			continue
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("FileName(%q) (-want +got)\n%s", tt.template, d)
		}
	}
}

func TestFileNameErrors(t *testing.T) {
	vars := FileVars{Rev: "784a7abb86b7", Slug: "s", Time: time.Unix(0, 0)}
	tests := []struct{ template, want string }{
		{"{rev}_{name}", "file template: unknown token {name}; use {rev} {slug} {epoch} {year} {month} {day} {hour} {minute} {second}"},
		{"{rev", `file template: unmatched "{"; close the token with }, or write {{ for a literal {`},
		{"rev}", `file template: unmatched "}"; write }} for a literal }`},
		{"{slug:02}", "file template: {slug:02} takes no format; widths apply to number tokens only"},
		{"{month:x}", `file template: bad format "x" in {month:x}; write a width such as {month:02}`},
		{"{year}/{rev}", `file template: file name "1970/784a7abb86b7" contains a path separator; keep the template to a file name`},
		{"", "file template: the file name is empty; use {rev} in the template"},
	}
	for _, tt := range tests {
		_, err := FileName(tt.template, vars)
		if err == nil {
			t.Errorf("FileName(%q): no error", tt.template)
			continue
		}
		if d := cmp.Diff(tt.want, err.Error()); d != "" {
			t.Errorf("FileName(%q) (-want +got)\n%s", tt.template, d)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct {
		message string
		max     int
		want    string
	}{
		{"create schema ecommerce", 40, "create_schema_ecommerce"},
		{"Add Customers table!", 40, "add_customers_table"},
		{"  --add  user.email (unique)-- ", 40, "add_user_email_unique"},
		{"add_column", 40, "add_column"},
		{"Créer la table", 40, "créer_la_table"},
		{"", 40, ""},
		{"!!!", 40, ""},
		{"add a very long column name to the customers table", 40, "add_a_very_long_column_name_to_the"},
		{"add a very long column name to the customers", 40, "add_a_very_long_column_name_to_the"},
		{"one two three", 7, "one_two"},  // the cut falls on a boundary
		{"one two three", 8, "one_two"},  // ... or just after it
		{"onetwothree four", 5, "onetw"}, // a first word longer than max
		{"one two three", 0, "one_two_three"},
	}
	for _, tt := range tests {
		if got := Slug(tt.message, tt.max); got != tt.want {
			t.Errorf("Slug(%q, %d) = %q, want %q", tt.message, tt.max, got, tt.want)
		}
	}
}
