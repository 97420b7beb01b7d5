package render

import (
	"strings"

	"github.com/retortdb/retort/model"
)

// createRange renders CREATE TYPE ... AS RANGE with the options the model
// holds; those it leaves empty take PostgreSQL's defaults. The subtype,
// operator class and functions are SQL as introspection wrote them.
func createRange(r model.RangeType) string {
	opts := []string{"subtype = " + r.Subtype}
	if r.SubtypeOpClass != "" {
		opts = append(opts, "subtype_opclass = "+r.SubtypeOpClass)
	}
	if r.Collation != nil {
		opts = append(opts, "collation = "+QualifiedName(*r.Collation))
	}
	if r.Canonical != "" {
		opts = append(opts, "canonical = "+r.Canonical)
	}
	if r.SubtypeDiff != "" {
		opts = append(opts, "subtype_diff = "+r.SubtypeDiff)
	}
	if r.Multirange != "" {
		opts = append(opts, "multirange_type_name = "+QualifiedName(model.QualifiedName{Schema: r.Schema, Name: r.Multirange}))
	}
	return "CREATE TYPE " + QualifiedName(r.QualifiedName()) + " AS RANGE (" + strings.Join(opts, ", ") + ")"
}
