package model

import "strings"

// A Ref names an object that another object depends on, as the catalog
// records it (pg_depend): a relation (table, view, materialized view), a
// type (enum, domain, composite type) or a function. The plan orders
// creations and drops by these edges.
type Ref struct {
	Kind   RefKind `json:"kind"`
	Schema string  `json:"schema"`
	Name   string  `json:"name"`
	// Args are a function's identity arguments (its signature), e.g.
	// "integer, text"; empty for other kinds.
	Args string `json:"args,omitempty"`
}

// RefKind is the kind of object a Ref names.
type RefKind uint8

// The kinds of object a Ref can name.
const (
	RefRelation RefKind = iota + 1
	RefType
	RefFunction
)

// A Domain represents a domain type: a base type with a default, NOT NULL
// and named checks.
type Domain struct {
	Schema    string         `json:"schema"`
	Name      string         `json:"name"`
	Type      string         `json:"type"` // base type as format_type prints it
	NotNull   bool           `json:"not_null,omitempty"`
	Default   string         `json:"default,omitempty"`
	Collation *QualifiedName `json:"collation,omitempty"` // only when it differs from the base type's
	Checks    []DomainCheck  `json:"checks,omitempty"`    // sorted by name
	Comment   string         `json:"comment,omitempty"`
	Depends   []Ref          `json:"depends,omitempty"` // types and functions it uses, sorted
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the domain's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
}

// QualifiedName returns the domain's schema-qualified name.
func (d Domain) QualifiedName() QualifiedName { return QualifiedName{d.Schema, d.Name} }

// A DomainCheck is a named CHECK constraint of a domain.
type DomainCheck struct {
	Name       string `json:"name"`
	Expression string `json:"expression"` // as pg_get_constraintdef prints it: "CHECK (VALUE > 0)"
	NotValid   bool   `json:"not_valid,omitempty"`
	Comment    string `json:"comment,omitempty"`
}

// A CompositeType represents a composite type (CREATE TYPE ... AS (...)).
type CompositeType struct {
	Schema     string      `json:"schema"`
	Name       string      `json:"name"`
	Attributes []Attribute `json:"attributes"` // in attribute order
	Comment    string      `json:"comment,omitempty"`
	Depends    []Ref       `json:"depends,omitempty"` // types its attributes use, sorted
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the type's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
}

// QualifiedName returns the type's schema-qualified name.
func (c CompositeType) QualifiedName() QualifiedName { return QualifiedName{c.Schema, c.Name} }

// An Attribute is one attribute of a composite type.
type Attribute struct {
	Name      string         `json:"name"`
	Type      string         `json:"type"`
	Collation *QualifiedName `json:"collation,omitempty"`
	Comment   string         `json:"comment,omitempty"`
}

// A Function represents a function or a procedure.
type Function struct {
	Schema string       `json:"schema"`
	Name   string       `json:"name"`
	Kind   FunctionKind `json:"kind"`
	// Arguments is the argument list with names, modes and defaults
	// (pg_get_function_arguments); IdentityArguments the signature that
	// names the function (pg_get_function_identity_arguments).
	Arguments         string `json:"arguments"`
	IdentityArguments string `json:"identity_arguments"`
	// Result is the return type (pg_get_function_result), e.g. "integer",
	// "SETOF public.t", "TABLE(a integer)"; empty for a procedure.
	Result string `json:"result,omitempty"`
	// Definition is the complete CREATE OR REPLACE statement as
	// pg_get_functiondef prints it: language, volatility, strictness,
	// security, parallel, cost, rows, SET options and body.
	Definition string `json:"definition"`
	Comment    string `json:"comment,omitempty"`
	Depends    []Ref  `json:"depends,omitempty"` // types of its signature; relations and functions of a SQL-standard body; sorted
}

// Ref returns the Ref that names f.
func (f Function) Ref() Ref {
	return Ref{Kind: RefFunction, Schema: f.Schema, Name: f.Name, Args: f.IdentityArguments}
}

// FunctionKind tells functions from procedures (pg_proc.prokind).
type FunctionKind uint8

// The function kinds.
const (
	PlainFunction FunctionKind = iota
	Procedure
	// Aggregate is an aggregate function (CREATE AGGREGATE). Its
	// Definition is a CREATE OR REPLACE AGGREGATE statement that introspect
	// writes from pg_aggregate, since pg_get_functiondef does not print
	// aggregates.
	Aggregate
	// WindowFunction is a function declared WINDOW (C language only).
	WindowFunction
)

// Keyword is FUNCTION, PROCEDURE or AGGREGATE, as DROP and COMMENT ON name
// the kind (a window function is a FUNCTION there).
func (k FunctionKind) Keyword() string {
	switch k {
	case Procedure:
		return "PROCEDURE"
	case Aggregate:
		return "AGGREGATE"
	}
	return "FUNCTION"
}

// A View represents a view or a materialized view.
type View struct {
	Schema       string `json:"schema"`
	Name         string `json:"name"`
	Materialized bool   `json:"materialized,omitempty"`
	// Definition is the query as pg_get_viewdef prints it.
	Definition string       `json:"definition"`
	Columns    []ViewColumn `json:"columns"` // in attribute order
	// Options are the view's reloptions, sorted "name=value":
	// check_option, security_barrier, security_invoker; storage
	// parameters of a materialized view.
	Options  []string  `json:"options,omitempty"`
	Indexes  []Index   `json:"indexes,omitempty"`  // materialized views only
	Triggers []Trigger `json:"triggers,omitempty"` // INSTEAD OF triggers of a view
	Rules    []Rule    `json:"rules,omitempty"`    // rules other than _RETURN, sorted by name
	Comment  string    `json:"comment,omitempty"`
	Depends  []Ref     `json:"depends,omitempty"` // relations, functions and types the query uses, sorted
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the view's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
}

// QualifiedName returns the view's schema-qualified name.
func (v View) QualifiedName() QualifiedName { return QualifiedName{v.Schema, v.Name} }

// A ViewColumn is one output column of a view.
type ViewColumn struct {
	Name    string `json:"name"`
	Type    string `json:"type"`
	Comment string `json:"comment,omitempty"`
}

// A Trigger represents a trigger on a table or a view.
type Trigger struct {
	Name string `json:"name"`
	// Definition is the complete CREATE [CONSTRAINT] TRIGGER statement as
	// pg_get_triggerdef prints it: timing, events, UPDATE OF columns,
	// FOR EACH ROW/STATEMENT, WHEN, deferrability, function and arguments.
	Definition string         `json:"definition"`
	Enabled    TriggerEnabled `json:"enabled,omitempty"`
	Function   Ref            `json:"function"`
	Comment    string         `json:"comment,omitempty"`
}

// TriggerEnabled is a trigger's firing state (pg_trigger.tgenabled).
type TriggerEnabled uint8

// The trigger firing states.
const (
	TriggerOrigin   TriggerEnabled = iota // 'O': fires in origin and local sessions (the default)
	TriggerDisabled                       // 'D'
	TriggerReplica                        // 'R': fires in replica sessions only
	TriggerAlways                         // 'A': fires always
)

// A Collation represents a collation (CREATE COLLATION).
type Collation struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`
	// Provider is "libc", "icu", "builtin" (PostgreSQL 17) or "default"
	// (pg_collation.collprovider).
	Provider string `json:"provider"`
	// Locale is the ICU locale (colliculocale), or, for libc, the common
	// value of LC_COLLATE and LC_CTYPE when they are equal.
	Locale string `json:"locale,omitempty"`
	// Collate and Ctype are LC_COLLATE and LC_CTYPE when they differ.
	Collate string `json:"lc_collate,omitempty"`
	Ctype   string `json:"lc_ctype,omitempty"`
	// Deterministic is false for a nondeterministic collation.
	Deterministic bool   `json:"deterministic"`
	Comment       string `json:"comment,omitempty"`
}

// QualifiedName returns the collation's schema-qualified name.
func (c Collation) QualifiedName() QualifiedName { return QualifiedName{c.Schema, c.Name} }

// A RangeType represents a range type (CREATE TYPE ... AS RANGE) and its
// multirange type.
type RangeType struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`
	// Subtype is the element type as format_type prints it.
	Subtype string `json:"subtype"`
	// SubtypeOpClass is the subtype's B-tree operator class, qualified,
	// when it is not the default one; Collation likewise.
	SubtypeOpClass string         `json:"subtype_opclass,omitempty"`
	Collation      *QualifiedName `json:"collation,omitempty"`
	// Canonical and SubtypeDiff are the functions, qualified, without
	// arguments (regproc); empty when not set.
	Canonical   string `json:"canonical,omitempty"`
	SubtypeDiff string `json:"subtype_diff,omitempty"`
	// Multirange is the name of the multirange type, in the range's
	// schema; empty for the default name.
	Multirange string `json:"multirange,omitempty"`
	Comment    string `json:"comment,omitempty"`
	Depends    []Ref  `json:"depends,omitempty"` // subtype and functions, sorted
}

// QualifiedName returns the range type's schema-qualified name.
func (r RangeType) QualifiedName() QualifiedName { return QualifiedName{r.Schema, r.Name} }

// MultirangeName returns the name of the range type's multirange type, in
// the range's schema: Multirange, or the default name.
func (r RangeType) MultirangeName() string {
	if r.Multirange != "" {
		return r.Multirange
	}
	return DefaultMultirangeName(r.Name)
}

// DefaultMultirangeName is the name PostgreSQL gives the multirange type of
// a range type created without multirange_type_name: "range" in the name
// becomes "multirange", or "_multirange" is appended (the name cut so the
// result fits in 63 bytes).
func DefaultMultirangeName(rangeName string) string {
	var name string
	if i := strings.Index(rangeName, "range"); i >= 0 {
		name = rangeName[:i] + "multi" + rangeName[i:]
	} else {
		name = clipName(rangeName, NameDataLen-1-len("_multirange")) + "_multirange"
	}
	return clipName(name, NameDataLen-1)
}

// clipName cuts s to at most n bytes without splitting a UTF-8 character.
func clipName(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// A TextSearchDictionary represents a text search dictionary.
type TextSearchDictionary struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`
	// Template is the template, qualified (e.g. "pg_catalog.simple").
	Template string `json:"template"`
	// Options is the option list as pg_ts_dict.dictinitoption holds it,
	// e.g. "stopwords = 'english'"; empty when there are none.
	Options string `json:"options,omitempty"`
	Comment string `json:"comment,omitempty"`
}

// QualifiedName returns the dictionary's schema-qualified name.
func (d TextSearchDictionary) QualifiedName() QualifiedName { return QualifiedName{d.Schema, d.Name} }

// A TextSearchConfig represents a text search configuration: a parser and,
// for each token type, the dictionaries to try in order.
type TextSearchConfig struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`
	// Parser is the parser, qualified (e.g. "pg_catalog.default").
	Parser   string              `json:"parser"`
	Mappings []TextSearchMapping `json:"mappings,omitempty"` // sorted by token type
	Comment  string              `json:"comment,omitempty"`
}

// QualifiedName returns the configuration's schema-qualified name.
func (c TextSearchConfig) QualifiedName() QualifiedName { return QualifiedName{c.Schema, c.Name} }

// A TextSearchMapping maps one token type of a configuration's parser to
// dictionaries, qualified, in the order they are consulted.
type TextSearchMapping struct {
	TokenType    string   `json:"token_type"`
	Dictionaries []string `json:"dictionaries"`
}

// A Rule represents a rewrite rule on a table or view (CREATE RULE), other
// than a view's own _RETURN rule.
type Rule struct {
	Name string `json:"name"`
	// Definition is the complete CREATE RULE statement as pg_get_ruledef
	// prints it.
	Definition string `json:"definition"`
	// Enabled is the rule's firing state, as for triggers.
	Enabled TriggerEnabled `json:"enabled,omitempty"`
	Comment string         `json:"comment,omitempty"`
	// Depends are the relations, functions and types the rule's condition
	// and actions use, other than its own table (pg_depend), sorted.
	Depends []Ref `json:"depends,omitempty"`
}

// A Statistics represents an extended statistics object (CREATE
// STATISTICS): statistics the planner gathers on a table's columns and
// expressions taken together.
type Statistics struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`
	// Table is the table the statistics are about; it may live in another
	// schema.
	Table QualifiedName `json:"table"`
	// Kinds are the kinds of statistics gathered, of StatisticsKinds and in
	// its order; all of them unless the object names some. Statistics on a
	// single expression have none: they are the expression's own.
	Kinds []string `json:"kinds,omitempty"`
	// Columns are the table's columns, sorted by name: PostgreSQL keeps
	// them in the table's order, however the statement lists them, so
	// their order means nothing.
	Columns []string `json:"columns,omitempty"`
	// Expressions are expressions over the table's columns, as PostgreSQL
	// prints them (PostgreSQL 14).
	Expressions []string `json:"expressions,omitempty"`
	// Target is the statistics target (ALTER STATISTICS ... SET
	// STATISTICS); nil for the default.
	Target  *int   `json:"target,omitempty"`
	Comment string `json:"comment,omitempty"`
}

// StatisticsKinds are the kinds of extended statistics, in canonical
// order.
var StatisticsKinds = []string{"ndistinct", "dependencies", "mcv"}

// QualifiedName returns the statistics object's schema-qualified name.
func (s Statistics) QualifiedName() QualifiedName { return QualifiedName{s.Schema, s.Name} }
