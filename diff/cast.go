package diff

import (
	"strconv"
	"strings"
)

// A CastPath is how ALTER COLUMN ... TYPE can convert a column's values.
type CastPath uint8

// The cast paths, from the plainest to none.
const (
	// CastAssign: an implicit or assignment cast (or the I/O conversion to
	// a string type) exists; ALTER COLUMN TYPE needs no USING.
	CastAssign CastPath = iota
	// CastExplicit: only an explicit cast (or the I/O conversion from a
	// string type) exists: USING col::type.
	CastExplicit
	// CastViaText: the types have no cast between them but the same text
	// form (one enum to another): USING col::text::type.
	CastViaText
	// CastUnchecked: a type retort has no cast facts for (an extension's,
	// a composite, a range): USING col::type, which PostgreSQL may refuse.
	CastUnchecked
	// CastNone: PostgreSQL has no cast: the model must give the
	// expression (the using annotation).
	CastNone
)

// A typeConversion says how ALTER COLUMN ... TYPE converts values.
type typeConversion struct {
	path    CastPath
	rewrite bool // rewrites the table (not binary-coercible)
	lossy   bool // may lose precision, truncate, or fail on existing values
}

// castOf finds a pg_cast row between two castTypes on a server of the
// given major (0 for any supported major: the oldest).
func castOf(source, target string, major int) (pgCast, bool) {
	for _, c := range pgCasts {
		if c.source == source && c.target == target && (c.since == 0 || major >= c.since) {
			return c, true
		}
	}
	return pgCast{}, false
}

// narrowing are the implicit and assignment casts of pgCasts that may
// lose information or fail on some values (a judgement, not a catalog
// fact): ALTER COLUMN TYPE applies them without a word.
var narrowing = map[[2]string]bool{}

func init() {
	rank := map[string]int{"smallint": 1, "integer": 2, "bigint": 3, "real": 4, "double precision": 5, "numeric": 6, "money": 7}
	for _, c := range pgCasts {
		ra, rb := rank[c.source], rank[c.target]
		if ra == 0 || rb == 0 || c.context == 'e' {
			continue
		}
		// Integer to wider integer or to numeric is exact, and so are the
		// floats that hold every value of the source; every other
		// direction can round or overflow.
		exact := (ra <= 3 && rb <= 3 && ra < rb) || (ra <= 3 && c.target == "numeric") ||
			(c.source == "smallint" && (c.target == "real" || c.target == "double precision")) ||
			(c.source == "integer" && c.target == "double precision") || (c.source == "real" && c.target == "double precision") ||
			(c.source == "money" && c.target == "numeric")
		if !exact {
			narrowing[[2]string{c.source, c.target}] = true
		}
	}
	for _, p := range [][2]string{
		{"inet", "cidr"}, {"oid", "integer"}, {"bigint", "oid"}, {"smallint", "oid"},
		{"timestamp without time zone", "date"}, {"timestamp with time zone", "date"},
		{"timestamp without time zone", "time without time zone"}, {"timestamp with time zone", "time without time zone"},
		{"timestamp with time zone", "time with time zone"}, {"time with time zone", "time without time zone"},
		{"interval", "time without time zone"}, {"macaddr8", "macaddr"},
		{"text", `"char"`}, {"character varying", `"char"`}, {"character", `"char"`},
		{"text", "name"}, {"character varying", "name"}, {"character", "name"},
	} {
		narrowing[p] = true
	}
}

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

// A castType is a column's type as cast rules see it: a domain stands for
// its base type, and an enum is known as one.
type castType struct {
	typeName
	enum bool
}

// conversion describes ALTER COLUMN TYPE from one type to another on a
// server of the oldest supported major, knowing nothing of user-defined
// types (see comparison.columnConversion, which knows enums and domains).
func conversion(from, to string) typeConversion {
	return convert(castType{typeName: parseType(from)}, castType{typeName: parseType(to)}, 0)
}

// convert describes ALTER COLUMN TYPE from one type to another on a server
// of the given major, following PostgreSQL's search for a coercion
// (find_coercion_pathway): same type, a pg_cast row, an array's elements,
// the I/O conversion to or from a string type.
func convert(f, t castType, major int) typeConversion {
	if f.array != t.array {
		switch {
		case !t.array && isString(t.base, major):
			return typeConversion{path: CastAssign, rewrite: true, lossy: len(t.mods) > 0}
		case !f.array && isString(f.base, major):
			return typeConversion{path: CastExplicit, rewrite: true, lossy: true}
		case known(f) && known(t):
			return typeConversion{path: CastNone, rewrite: true, lossy: true}
		}
		return typeConversion{path: CastUnchecked, rewrite: true, lossy: true}
	}
	if f.base == t.base {
		return modifierChange(f.typeName, t.typeName)
	}
	switch {
	case f.enum && t.enum:
		// Labels are matched by name; one the new enum lacks fails.
		return typeConversion{path: CastViaText, rewrite: true, lossy: true}
	case f.enum || t.enum:
		other := t
		if t.enum {
			other = f
		}
		switch {
		case !known(other):
			return typeConversion{path: CastUnchecked, rewrite: true, lossy: true}
		case t.enum && isString(f.base, major):
			return typeConversion{path: CastExplicit, rewrite: true, lossy: true}
		case f.enum && isString(t.base, major):
			return typeConversion{path: CastAssign, rewrite: true, lossy: len(t.mods) > 0}
		}
		return typeConversion{path: CastNone, rewrite: true, lossy: true}
	}
	if cast, ok := castOf(f.base, t.base, major); ok {
		if cast.context == 'e' {
			return typeConversion{path: CastExplicit, rewrite: true, lossy: true}
		}
		cv := typeConversion{path: CastAssign, rewrite: cast.method != 'b', lossy: narrowing[[2]string{f.base, t.base}]}
		if cast.method == 'b' && len(t.mods) > 0 {
			// text to varchar(n) and the like: a length check on every row.
			cv.rewrite, cv.lossy = true, true
		}
		return cv
	}
	switch {
	case isString(t.base, major):
		// Every type converts to a string type through its output
		// function; a length limit may cut it short.
		return typeConversion{path: CastAssign, rewrite: true, lossy: len(t.mods) > 0}
	case isString(f.base, major):
		return typeConversion{path: CastExplicit, rewrite: true, lossy: true}
	case !castTypes[f.base] || !castTypes[t.base]:
		return typeConversion{path: CastUnchecked, rewrite: true, lossy: true}
	}
	return typeConversion{path: CastNone, rewrite: true, lossy: true}
}

// known reports whether retort knows every cast of t's base type: an enum
// (none but the I/O conversions) or one of castTypes.
func known(t castType) bool { return t.enum || castTypes[t.base] }

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
