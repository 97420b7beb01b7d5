package diff

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/model"
)

// TestConstraintsPG18 checks the plans for what PostgreSQL 18 added to
// constraints: a change of WITHOUT OVERLAPS, PERIOD or NOT ENFORCED
// drops and adds the constraint again; a NOT ENFORCED one reads no rows,
// so it has no hazard and online mode adds it as it is.
func TestConstraintsPG18(t *testing.T) {
	rooms := model.QualifiedName{Schema: "public", Name: "rooms"}
	schema := func(key, fk, check model.Constraint) *model.Schema {
		return &model.Schema{
			Namespaces: []model.Namespace{{Name: "public"}},
			Tables: []model.Table{
				{Schema: "public", Name: "bookings", Columns: []model.Column{
					{Name: "room", Type: "integer"}, {Name: "during", Type: "tstzrange"}, {Name: "n", Type: "integer"},
				}, Constraints: []model.Constraint{fk, check}},
				{Schema: "public", Name: "rooms", Columns: []model.Column{
					{Name: "id", Type: "integer", NotNull: true}, {Name: "valid_at", Type: "tstzrange", NotNull: true},
				}, Constraints: []model.Constraint{key}},
			},
		}
	}
	key := model.Constraint{Name: "rooms_pkey", Kind: model.PrimaryKey, Columns: []string{"id", "valid_at"}}
	temporalKey := key
	temporalKey.WithoutOverlaps = true
	fk := model.Constraint{Name: "bookings_fkey", Kind: model.ForeignKey, Columns: []string{"room", "during"},
		References: rooms, RefColumns: []string{"id", "valid_at"}}
	periodFK := fk
	periodFK.Period = true
	looseFK := fk
	looseFK.NotEnforced = true
	check := model.Constraint{Name: "n_positive", Kind: model.Check, Columns: []string{"n"}, Expression: "(n > 0)"}
	looseCheck := check
	looseCheck.NotEnforced = true
	// What a Go model may say; introspection never reads it.
	looseNotValid := looseCheck
	looseNotValid.NotValid = true

	tests := []struct {
		name     string
		from, to *model.Schema
		online   bool
		want     []string
	}{
		{"key becomes WITHOUT OVERLAPS: the foreign key on it goes and comes back",
			schema(key, fk, check), schema(temporalKey, fk, check), false,
			[]string{"DropConstraint bookings_fkey", "DropConstraint rooms_pkey",
				"AddConstraint rooms_pkey long-lock", "AddConstraint bookings_fkey long-lock"}},
		{"foreign key becomes PERIOD", schema(temporalKey, fk, check), schema(temporalKey, periodFK, check), false,
			[]string{"DropConstraint bookings_fkey", "AddConstraint bookings_fkey long-lock"}},
		{"foreign key becomes NOT ENFORCED", schema(key, fk, check), schema(key, looseFK, check), false,
			[]string{"DropConstraint bookings_fkey", "AddConstraint bookings_fkey"}},
		{"foreign key becomes ENFORCED", schema(key, looseFK, check), schema(key, fk, check), false,
			[]string{"DropConstraint bookings_fkey", "AddConstraint bookings_fkey long-lock"}},
		{"check becomes NOT ENFORCED online: no NOT VALID and VALIDATE",
			schema(key, fk, check), schema(key, fk, looseCheck), true,
			[]string{"DropConstraint n_positive", "AddConstraint n_positive"}},
		{"check becomes ENFORCED online", schema(key, fk, looseCheck), schema(key, fk, check), true,
			[]string{"DropConstraint n_positive", "AddConstraint n_positive", "ValidateConstraint"}},
		{"key becomes WITHOUT OVERLAPS online: no USING INDEX for a GiST key",
			schema(key, looseFK, check), schema(temporalKey, looseFK, check), true,
			[]string{"DropConstraint bookings_fkey", "DropConstraint rooms_pkey",
				"AddConstraint rooms_pkey long-lock", "AddConstraint bookings_fkey"}},
		{"NOT VALID says nothing on a NOT ENFORCED check", schema(key, fk, looseNotValid), schema(key, fk, looseCheck), false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := CompareWith(tt.from, tt.to, Options{Online: tt.online})
			var got []string
			for i, name := range opNames(p) {
				for _, h := range p.Steps[i].Hazards {
					name += fmt.Sprintf(" %s", h.Kind)
				}
				got = append(got, name)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
