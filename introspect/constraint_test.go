package introspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// TestConstraintsPG18 reads what PostgreSQL 18 added to constraints:
// WITHOUT OVERLAPS keys, PERIOD foreign keys and NOT ENFORCED, which
// the catalog also marks not validated but is not NOT VALID.
func TestConstraintsPG18(t *testing.T) {
	pgtest.RequireMajors(t, "18+", "WITHOUT OVERLAPS, PERIOD, NOT ENFORCED")
	url := load(t, `
		CREATE EXTENSION btree_gist;
		CREATE TABLE rooms (id integer, valid_at tstzrange,
			CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS));
		CREATE TABLE bookings_log (id integer PRIMARY KEY);
		CREATE TABLE bookings (id integer, room integer, during tstzrange, guests integer,
			CONSTRAINT bookings_key UNIQUE (id, during WITHOUT OVERLAPS) DEFERRABLE,
			CONSTRAINT bookings_room_fkey FOREIGN KEY (room, PERIOD during) REFERENCES rooms (id, PERIOD valid_at),
			CONSTRAINT bookings_loose_fkey FOREIGN KEY (id) REFERENCES bookings_log (id) DEFERRABLE NOT ENFORCED,
			CONSTRAINT guests_positive CHECK (guests > 0) NOT ENFORCED);
		ALTER TABLE bookings ADD CONSTRAINT guests_few CHECK (guests < 10) NOT VALID;
		ALTER TABLE bookings ADD CONSTRAINT guests_known CHECK (guests IS NOT NULL) NOT ENFORCED NOT VALID;`)
	got := read(t, url, Options{})
	want := map[string][]model.Constraint{
		"rooms": {{Name: "rooms_pkey", Kind: model.PrimaryKey, Columns: []string{"id", "valid_at"}, WithoutOverlaps: true}},
		"bookings": {
			{Name: "bookings_key", Kind: model.Unique, Columns: []string{"id", "during"}, WithoutOverlaps: true, Deferrable: true},
			{Name: "bookings_loose_fkey", Kind: model.ForeignKey, Columns: []string{"id"}, Deferrable: true, NotEnforced: true,
				References: model.QualifiedName{Schema: "public", Name: "bookings_log"}, RefColumns: []string{"id"}},
			{Name: "bookings_room_fkey", Kind: model.ForeignKey, Columns: []string{"room", "during"}, Period: true,
				References: model.QualifiedName{Schema: "public", Name: "rooms"}, RefColumns: []string{"id", "valid_at"}},
			{Name: "guests_few", Kind: model.Check, Columns: []string{"guests"}, Expression: "(guests < 10)", NotValid: true},
			{Name: "guests_known", Kind: model.Check, Columns: []string{"guests"}, Expression: "(guests IS NOT NULL)", NotEnforced: true},
			{Name: "guests_positive", Kind: model.Check, Columns: []string{"guests"}, Expression: "(guests > 0)", NotEnforced: true},
		},
	}
	for _, tbl := range got.Tables {
		w, ok := want[tbl.Name]
		if !ok {
			continue
		}
		if d := cmp.Diff(w, tbl.Constraints); d != "" {
			t.Errorf("%s (-want +got)\n%s", tbl.Name, d)
		}
		delete(want, tbl.Name)
	}
	for name := range want {
		t.Errorf("table %s not read", name)
	}
}
