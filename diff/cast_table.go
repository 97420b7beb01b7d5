package diff

// castTypes are the built-in types whose casts retort knows (pgCasts), as
// format_type prints them without modifiers. A conversion between two of
// them is decided without a server; one that involves any other type
// (an extension's, a composite, a range, a built-in type not listed) is
// planned unchecked (see CastPath).
var castTypes = map[string]bool{
	"smallint":                    true,
	"integer":                     true,
	"bigint":                      true,
	"numeric":                     true,
	"real":                        true,
	"double precision":            true,
	"money":                       true,
	"text":                        true,
	"character varying":           true,
	"character":                   true,
	"name":                        true,
	`"char"`:                      true,
	"boolean":                     true,
	"date":                        true,
	"time without time zone":      true,
	"time with time zone":         true,
	"timestamp without time zone": true,
	"timestamp with time zone":    true,
	"interval":                    true,
	"json":                        true,
	"jsonb":                       true,
	"uuid":                        true,
	"bytea":                       true,
	"inet":                        true,
	"cidr":                        true,
	"macaddr":                     true,
	"macaddr8":                    true,
	"bit":                         true,
	"bit varying":                 true,
	"oid":                         true,
	"xml":                         true,
}

// stringCategory are the castTypes of PostgreSQL's string category
// (pg_type.typcategory 'S'): every type converts to them through its
// output function in an assignment (ALTER COLUMN TYPE without USING), and
// they convert to every type through its input function when the cast is
// written out (USING col::type).
var stringCategory = map[string]bool{"text": true, "character varying": true, "character": true, "name": true}

// isString reports whether a castType is of the string category on a
// server of the given major (0: the oldest): "char" was, up to
// PostgreSQL 14.
func isString(base string, major int) bool {
	return stringCategory[base] || base == `"char"` && major < 15
}

// A pgCast is one row of pg_cast between two castTypes.
type pgCast struct {
	source, target string
	context        byte // castcontext: 'i' implicit, 'a' assignment, 'e' explicit only
	method         byte // castmethod: 'b' binary-coercible, 'f' function, 'i' I/O
	since          int  // the first major that has it; 0 for every supported major
}

// pgCasts are pg_cast's rows between distinct castTypes, as PostgreSQL 13
// to 18 ship them (TestCastTableMatchesServer compares them with the
// server's catalog, so the table cannot drift). A pair without a row has
// no cast but, where one side is of the string category, the I/O
// conversion.
var pgCasts = []pgCast{
	{`"char"`, "character", 'a', 'f', 0},
	{`"char"`, "character varying", 'a', 'f', 0},
	{`"char"`, "integer", 'e', 'f', 0},
	{`"char"`, "text", 'i', 'f', 0},
	{"bigint", "bit", 'e', 'f', 0},
	{"bigint", "bytea", 'e', 'f', 18},
	{"bigint", "double precision", 'i', 'f', 0},
	{"bigint", "integer", 'a', 'f', 0},
	{"bigint", "money", 'a', 'f', 0},
	{"bigint", "numeric", 'i', 'f', 0},
	{"bigint", "oid", 'i', 'f', 0},
	{"bigint", "real", 'i', 'f', 0},
	{"bigint", "smallint", 'a', 'f', 0},
	{"bit", "bigint", 'e', 'f', 0},
	{"bit", "bit varying", 'i', 'b', 0},
	{"bit", "integer", 'e', 'f', 0},
	{"bit varying", "bit", 'i', 'b', 0},
	{"boolean", "character", 'a', 'f', 0},
	{"boolean", "character varying", 'a', 'f', 0},
	{"boolean", "integer", 'e', 'f', 0},
	{"boolean", "text", 'a', 'f', 0},
	{"bytea", "bigint", 'e', 'f', 18},
	{"bytea", "integer", 'e', 'f', 18},
	{"bytea", "smallint", 'e', 'f', 18},
	{"character", `"char"`, 'a', 'f', 0},
	{"character", "character varying", 'i', 'f', 0},
	{"character", "name", 'i', 'f', 0},
	{"character", "text", 'i', 'f', 0},
	{"character", "xml", 'e', 'f', 0},
	{"character varying", `"char"`, 'a', 'f', 0},
	{"character varying", "character", 'i', 'b', 0},
	{"character varying", "name", 'i', 'f', 0},
	{"character varying", "text", 'i', 'b', 0},
	{"character varying", "xml", 'e', 'f', 0},
	{"cidr", "character", 'a', 'f', 0},
	{"cidr", "character varying", 'a', 'f', 0},
	{"cidr", "inet", 'i', 'b', 0},
	{"cidr", "text", 'a', 'f', 0},
	{"date", "timestamp with time zone", 'i', 'f', 0},
	{"date", "timestamp without time zone", 'i', 'f', 0},
	{"double precision", "bigint", 'a', 'f', 0},
	{"double precision", "integer", 'a', 'f', 0},
	{"double precision", "numeric", 'a', 'f', 0},
	{"double precision", "real", 'a', 'f', 0},
	{"double precision", "smallint", 'a', 'f', 0},
	{"inet", "character", 'a', 'f', 0},
	{"inet", "character varying", 'a', 'f', 0},
	{"inet", "cidr", 'a', 'f', 0},
	{"inet", "text", 'a', 'f', 0},
	{"integer", `"char"`, 'e', 'f', 0},
	{"integer", "bigint", 'i', 'f', 0},
	{"integer", "bit", 'e', 'f', 0},
	{"integer", "boolean", 'e', 'f', 0},
	{"integer", "bytea", 'e', 'f', 18},
	{"integer", "double precision", 'i', 'f', 0},
	{"integer", "money", 'a', 'f', 0},
	{"integer", "numeric", 'i', 'f', 0},
	{"integer", "oid", 'i', 'b', 0},
	{"integer", "real", 'i', 'f', 0},
	{"integer", "smallint", 'a', 'f', 0},
	{"interval", "time without time zone", 'a', 'f', 0},
	{"json", "jsonb", 'a', 'i', 0},
	{"jsonb", "bigint", 'e', 'f', 0},
	{"jsonb", "boolean", 'e', 'f', 0},
	{"jsonb", "double precision", 'e', 'f', 0},
	{"jsonb", "integer", 'e', 'f', 0},
	{"jsonb", "json", 'a', 'i', 0},
	{"jsonb", "numeric", 'e', 'f', 0},
	{"jsonb", "real", 'e', 'f', 0},
	{"jsonb", "smallint", 'e', 'f', 0},
	{"macaddr", "macaddr8", 'i', 'f', 0},
	{"macaddr8", "macaddr", 'i', 'f', 0},
	{"money", "numeric", 'a', 'f', 0},
	{"name", "character", 'a', 'f', 0},
	{"name", "character varying", 'a', 'f', 0},
	{"name", "text", 'i', 'f', 0},
	{"numeric", "bigint", 'a', 'f', 0},
	{"numeric", "double precision", 'i', 'f', 0},
	{"numeric", "integer", 'a', 'f', 0},
	{"numeric", "money", 'a', 'f', 0},
	{"numeric", "real", 'i', 'f', 0},
	{"numeric", "smallint", 'a', 'f', 0},
	{"oid", "bigint", 'a', 'f', 0},
	{"oid", "integer", 'a', 'b', 0},
	{"real", "bigint", 'a', 'f', 0},
	{"real", "double precision", 'i', 'f', 0},
	{"real", "integer", 'a', 'f', 0},
	{"real", "numeric", 'a', 'f', 0},
	{"real", "smallint", 'a', 'f', 0},
	{"smallint", "bigint", 'i', 'f', 0},
	{"smallint", "bytea", 'e', 'f', 18},
	{"smallint", "double precision", 'i', 'f', 0},
	{"smallint", "integer", 'i', 'f', 0},
	{"smallint", "numeric", 'i', 'f', 0},
	{"smallint", "oid", 'i', 'f', 0},
	{"smallint", "real", 'i', 'f', 0},
	{"text", `"char"`, 'a', 'f', 0},
	{"text", "character", 'i', 'b', 0},
	{"text", "character varying", 'i', 'b', 0},
	{"text", "name", 'i', 'f', 0},
	{"text", "xml", 'e', 'f', 0},
	{"time with time zone", "time without time zone", 'a', 'f', 0},
	{"time without time zone", "interval", 'i', 'f', 0},
	{"time without time zone", "time with time zone", 'i', 'f', 0},
	{"timestamp with time zone", "date", 'a', 'f', 0},
	{"timestamp with time zone", "time with time zone", 'a', 'f', 0},
	{"timestamp with time zone", "time without time zone", 'a', 'f', 0},
	{"timestamp with time zone", "timestamp without time zone", 'a', 'f', 0},
	{"timestamp without time zone", "date", 'a', 'f', 0},
	{"timestamp without time zone", "time without time zone", 'a', 'f', 0},
	{"timestamp without time zone", "timestamp with time zone", 'i', 'f', 0},
	{"xml", "character", 'a', 'b', 0},
	{"xml", "character varying", 'a', 'b', 0},
	{"xml", "text", 'a', 'b', 0},
}
