package introspect

import (
	"reflect"
	"testing"
)

// fielder is what the row types implement for collect.
type fielder interface{ fields() []any }

// TestRowFields checks that every row type lists each of its fields once,
// in declaration order, as pgx.RowToStructByPos did: the query's columns
// are matched to the struct by position, so a field left out or two
// swapped would misread a column.
func TestRowFields(t *testing.T) {
	for _, r := range []fielder{
		&collationRow{}, &columnRow{}, &compositeRow{}, &constraintRow{}, &domainRow{},
		&enumRow{}, &extensionRow{}, &functionRow{}, &indexRow{}, &namespaceRow{},
		&policyRow{}, &privilegeRow{}, &rangeRow{}, &ruleRow{}, &sequenceRow{},
		&tableRow{}, &tsConfigRow{}, &tsDictRow{}, &triggerRow{}, &unmanagedRow{},
		&viewRow{},
	} {
		v := reflect.ValueOf(r).Elem()
		typ := v.Type()
		got := r.fields()
		if len(got) != typ.NumField() {
			t.Errorf("%s: fields() lists %d destinations, the struct has %d fields", typ.Name(), len(got), typ.NumField())
			continue
		}
		for i, dest := range got {
			if want := v.Field(i).Addr().Interface(); dest != want {
				t.Errorf("%s: destination %d is not &%s", typ.Name(), i, typ.Field(i).Name)
			}
		}
	}
}
