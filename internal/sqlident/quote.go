package sqlident

import "strings"

// Quote returns name as a PostgreSQL identifier, quoted exactly when
// quote_ident would quote it: when it is not all lower-case ASCII letters,
// digits and underscores (not starting with a digit), or when it is a
// keyword other than an unreserved one. Embedded double quotes are doubled.
func Quote(name string) string {
	if plain(name) {
		return name
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// plain reports whether name needs no quotes.
func plain(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c == '_':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	cat := keywords[name]
	return cat == 0 || cat == Unreserved
}
