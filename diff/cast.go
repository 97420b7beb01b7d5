package diff

import (
	"strconv"
	"strings"
)

// A typeConversion says how ALTER COLUMN ... TYPE converts values.
type typeConversion struct {
	cast    bool // needs USING col::type: no implicit or assignment cast exists
	rewrite bool // rewrites the table (not binary-coercible)
	lossy   bool // may lose precision, truncate, or fail on existing values
}

// builtinCasts are PostgreSQL's implicit and assignment casts between common
// built-in types (pg_cast, castcontext 'i' or 'a'): ALTER COLUMN TYPE uses
// them without USING. The value is true for binary-coercible casts (no
// rewrite) and for narrowing casts is recorded in narrowing below.
var builtinCasts = map[[2]string]bool{}

// narrowing are the casts above that may lose information or fail.
var narrowing = map[[2]string]bool{}

func init() {
	numeric := []string{"smallint", "integer", "bigint", "numeric", "real", "double precision"}
	rank := map[string]int{"smallint": 1, "integer": 2, "bigint": 3, "real": 4, "double precision": 5, "numeric": 6}
	for _, a := range numeric {
		for _, b := range numeric {
			if a == b {
				continue
			}
			builtinCasts[[2]string{a, b}] = false
			ra, rb := rank[a], rank[b]
			// Integer to wider integer or to numeric is exact; every other
			// direction can round or overflow.
			exact := (ra <= 3 && rb <= 3 && ra < rb) || (ra <= 3 && b == "numeric") ||
				(a == "smallint" && (b == "real" || b == "double precision")) ||
				(a == "integer" && b == "double precision") || (a == "real" && b == "double precision")
			if !exact {
				narrowing[[2]string{a, b}] = true
			}
		}
	}
	for _, p := range [][3]string{
		{"character varying", "text", "b"}, {"text", "character varying", "b"},
		{"character", "text", "f"}, {"character", "character varying", "f"},
		{"character varying", "character", "b"}, {"text", "character", "b"},
		{"cidr", "inet", "b"}, {"inet", "cidr", "f!"},
		{"bit", "bit varying", "b"}, {"bit varying", "bit", "b"},
		{"json", "jsonb", "f"}, {"jsonb", "json", "f"},
		{"date", "timestamp without time zone", "f"}, {"date", "timestamp with time zone", "f"},
		{"timestamp without time zone", "timestamp with time zone", "f"},
		{"timestamp with time zone", "timestamp without time zone", "f"},
		{"timestamp without time zone", "date", "f!"}, {"timestamp with time zone", "date", "f!"},
		{"time without time zone", "time with time zone", "f"}, {"time with time zone", "time without time zone", "f!"},
		{"time without time zone", "interval", "f"}, {"interval", "time without time zone", "f!"},
		{"integer", "oid", "b"}, {"oid", "integer", "b!"}, {"bigint", "oid", "f"}, {"oid", "bigint", "f"},
	} {
		builtinCasts[[2]string{p[0], p[1]}] = strings.HasPrefix(p[2], "b")
		if strings.HasSuffix(p[2], "!") {
			narrowing[[2]string{p[0], p[1]}] = true
		}
	}
}

// stringTypes receive an assignment cast from every type (through the
// type's output function), so a conversion to them never needs USING.
var stringTypes = map[string]bool{"text": true, "character varying": true, "character": true}

// A typeName is a type as format_type prints it, taken apart.
type typeName struct {
	base  string // without modifiers and array brackets
	mods  []int  // type modifiers, e.g. [10 2] for numeric(10,2)
	array bool
}

func parseType(s string) typeName {
	var t typeName
	for strings.HasSuffix(s, "[]") {
		t.array = true
		s = strings.TrimSuffix(s, "[]")
	}
	if i := strings.IndexByte(s, '('); i >= 0 && !strings.HasPrefix(s, `"`) {
		if j := strings.IndexByte(s[i:], ')'); j > 0 {
			for _, m := range strings.Split(s[i+1:i+j], ",") {
				n, err := strconv.Atoi(strings.TrimSpace(m))
				if err != nil {
					return typeName{base: s, array: t.array}
				}
				t.mods = append(t.mods, n)
			}
			s = strings.TrimSpace(s[:i] + s[i+j+1:])
		}
	}
	t.base = s
	return t
}

// conversion describes ALTER COLUMN TYPE from one type to another.
func conversion(from, to string) typeConversion {
	f, t := parseType(from), parseType(to)
	if f.array != t.array {
		return typeConversion{cast: true, rewrite: true, lossy: true}
	}
	if f.base == t.base {
		return modifierChange(f, t)
	}
	binary, ok := builtinCasts[[2]string{f.base, t.base}]
	if !ok {
		// No assignment cast we know of: convert explicitly, unless the
		// target is a string type, which every type converts to.
		return typeConversion{cast: !stringTypes[t.base] || f.array, rewrite: true, lossy: !stringTypes[t.base]}
	}
	cv := typeConversion{rewrite: !binary, lossy: narrowing[[2]string{f.base, t.base}]}
	if binary && len(t.mods) > 0 {
		// text to varchar(n) and the like: a length check on every row.
		cv.rewrite, cv.lossy = true, true
	}
	return cv
}

// modifierChange describes a change of type modifiers only, e.g.
// varchar(10) to varchar(50) or numeric(10,2) to numeric(12,2).
func modifierChange(f, t typeName) typeConversion {
	if len(t.mods) == 0 {
		// Dropping the modifier (varchar(10) to varchar) never rewrites,
		// except for character(n), whose padding changes.
		return typeConversion{rewrite: f.base == "character"}
	}
	wider := len(f.mods) > 0 && len(f.mods) == len(t.mods) && t.mods[0] >= f.mods[0]
	switch f.base {
	case "character varying", "bit varying":
		if wider {
			return typeConversion{}
		}
	case "numeric":
		// More precision at the same scale is binary compatible.
		if wider && len(t.mods) == 2 && t.mods[1] == f.mods[1] {
			return typeConversion{}
		}
		if wider && (len(t.mods) < 2 || t.mods[1] >= f.mods[1]) {
			return typeConversion{rewrite: true}
		}
	case "timestamp without time zone", "timestamp with time zone", "time without time zone", "time with time zone", "interval":
		if wider {
			return typeConversion{}
		}
	}
	if wider {
		return typeConversion{rewrite: true}
	}
	return typeConversion{rewrite: true, lossy: true}
}
