package render

import (
	"strings"

	"github.com/retortdb/retort/model"
)

// createView renders CREATE [MATERIALIZED] VIEW with its options; the query
// follows on the next line as pg_dump writes it. Indexes and triggers are
// separate operations.
func createView(v model.View) string {
	s := "CREATE " + viewKeyword(v) + " " + QualifiedName(v.QualifiedName())
	if len(v.Options) > 0 {
		s += " WITH (" + options(v.Options) + ")"
	}
	def := trimStatement(v.Definition)
	if !strings.HasPrefix(def, " ") {
		def = " " + def
	}
	return s + " AS\n" + def
}

// viewKeyword is VIEW or MATERIALIZED VIEW.
func viewKeyword(v model.View) string {
	if v.Materialized {
		return "MATERIALIZED VIEW"
	}
	return "VIEW"
}
