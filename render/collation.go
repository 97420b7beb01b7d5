package render

import (
	"strings"

	"github.com/retortdb/retort/model"
)

// createCollation renders CREATE COLLATION with every option spelled out:
// the provider, the locale (or LC_COLLATE and LC_CTYPE when they differ)
// and, for a nondeterministic collation, deterministic = false.
func createCollation(c model.Collation) string {
	opts := []string{"provider = " + c.Provider}
	if c.Locale != "" {
		opts = append(opts, "locale = "+Literal(c.Locale))
	}
	if c.Collate != "" || c.Ctype != "" {
		opts = append(opts, "lc_collate = "+Literal(c.Collate), "lc_ctype = "+Literal(c.Ctype))
	}
	if !c.Deterministic {
		opts = append(opts, "deterministic = false")
	}
	return "CREATE COLLATION " + QualifiedName(c.QualifiedName()) + " (" + strings.Join(opts, ", ") + ")"
}
