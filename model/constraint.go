package model

// A Constraint represents a table constraint: primary key, unique, foreign
// key, check or exclusion. NOT NULL is a column property (Column.NotNull).
type Constraint struct {
	Name string         `json:"name"`
	Kind ConstraintKind `json:"kind"`
	// Columns are the constrained columns in key order (primary key, unique,
	// foreign key); for a check, the columns its expression uses, sorted.
	Columns []string `json:"columns,omitempty"`

	// Check: the expression as pg_get_expr prints it, e.g. "(price > (0)::numeric)".
	Expression string `json:"expression,omitempty"`
	NoInherit  bool   `json:"no_inherit,omitempty"`
	// NotValid: the constraint exists but was not checked against existing
	// rows (foreign key and check only).
	NotValid bool `json:"not_valid,omitempty"`
	// NotEnforced: the constraint is declared NOT ENFORCED (PostgreSQL
	// 18+; foreign key and check only): the server neither checks it nor
	// ever validates it. Such a constraint is not NotValid, although its
	// catalog row says it is not validated.
	NotEnforced bool `json:"not_enforced,omitempty"`

	Deferrable        bool `json:"deferrable,omitempty"`
	InitiallyDeferred bool `json:"initially_deferred,omitempty"`

	// Foreign key.
	References QualifiedName `json:"references,omitempty"`
	RefColumns []string      `json:"ref_columns,omitempty"`
	OnUpdate   FKAction      `json:"on_update,omitempty"`
	OnDelete   FKAction      `json:"on_delete,omitempty"`
	// OnDeleteColumns limits ON DELETE SET NULL / SET DEFAULT to these
	// columns (PostgreSQL 15+); empty means all of Columns.
	OnDeleteColumns []string  `json:"on_delete_columns,omitempty"`
	Match           MatchType `json:"match,omitempty"`
	// Period: the last of Columns and of RefColumns are PERIOD (PostgreSQL
	// 18+): a temporal foreign key, which references a WithoutOverlaps key
	// and needs each referencing range covered by referenced ones.
	Period bool `json:"period,omitempty"`

	// Primary key and unique: the backing index's INCLUDE columns and
	// storage parameters, and NULLS NOT DISTINCT (unique only).
	Include          []string `json:"include,omitempty"`
	IndexOptions     []string `json:"index_options,omitempty"`
	NullsNotDistinct bool     `json:"nulls_not_distinct,omitempty"`
	// WithoutOverlaps: the last of Columns is WITHOUT OVERLAPS (PostgreSQL
	// 18+; primary key and unique only), a range or multirange column whose
	// values may not overlap among rows equal in the other columns. The
	// backing index is GiST, so scalar key columns need btree_gist.
	WithoutOverlaps bool `json:"without_overlaps,omitempty"`

	// Exclusion: the whole definition as pg_get_constraintdef prints it,
	// e.g. "EXCLUDE USING gist (room WITH =, during WITH &&)".
	Definition string `json:"definition,omitempty"`

	Comment string `json:"comment,omitempty"`
	// IndexComment is the comment on the index that implements a primary
	// key, unique or exclusion constraint (COMMENT ON INDEX), which is
	// separate from the constraint's own comment.
	IndexComment string `json:"index_comment,omitempty"`
	// AttachedTo is, for a primary key, unique or exclusion constraint of a
	// partition, the name of its parent table's constraint it belongs to
	// (PostgreSQL made or attached it for the parent's: conparentid);
	// empty for a constraint of the partition's own. Its name is what
	// tells it apart: PostgreSQL gives such a constraint a generated name.
	AttachedTo string `json:"attached_to,omitempty"`
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the constraint's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
}

// ConstraintKind is the kind of a table constraint (pg_constraint.contype).
type ConstraintKind uint8

// The constraint kinds.
const (
	PrimaryKey ConstraintKind = iota + 1
	Unique
	ForeignKey
	Check
	Exclusion
)

func (k ConstraintKind) String() string {
	switch k {
	case PrimaryKey:
		return "PRIMARY KEY"
	case Unique:
		return "UNIQUE"
	case ForeignKey:
		return "FOREIGN KEY"
	case Check:
		return "CHECK"
	case Exclusion:
		return "EXCLUDE"
	}
	return "?"
}

// FKAction is a foreign key's referential action.
type FKAction uint8

// The referential actions.
const (
	NoAction FKAction = iota
	Restrict
	Cascade
	SetNull
	SetDefault
)

func (a FKAction) String() string {
	switch a {
	case Restrict:
		return "RESTRICT"
	case Cascade:
		return "CASCADE"
	case SetNull:
		return "SET NULL"
	case SetDefault:
		return "SET DEFAULT"
	}
	return "NO ACTION"
}

// MatchType is a foreign key's MATCH type.
type MatchType uint8

// The match types.
const (
	MatchSimple MatchType = iota
	MatchFull
	MatchPartial
)

func (m MatchType) String() string {
	switch m {
	case MatchFull:
		return "FULL"
	case MatchPartial:
		return "PARTIAL"
	}
	return "SIMPLE"
}

// An Index represents an index that does not back a constraint.
type Index struct {
	Name   string     `json:"name"`
	Unique bool       `json:"unique,omitempty"`
	Method string     `json:"method"` // btree, hash, gin, gist, brin, spgist, ...
	Keys   []IndexKey `json:"keys"`
	// Include are the INCLUDE (non-key) columns.
	Include          []string `json:"include,omitempty"`
	Predicate        string   `json:"predicate,omitempty"` // WHERE of a partial index, as pg_get_expr prints it
	Options          []string `json:"options,omitempty"`   // storage parameters, "name=value", sorted
	NullsNotDistinct bool     `json:"nulls_not_distinct,omitempty"`
	// Columns are all table columns the index uses (keys, expressions,
	// INCLUDE and predicate), sorted. A change that recreates one of them
	// recreates the index.
	Columns []string `json:"columns,omitempty"`
	Comment string   `json:"comment,omitempty"`
	// AttachedTo is, for an index of a partition, the name of its parent
	// table's index it is attached to (ALTER INDEX ... ATTACH PARTITION, or
	// made by PostgreSQL for the parent's index); empty for an index of the
	// partition's own. Its definition follows the parent's index.
	AttachedTo string `json:"attached_to,omitempty"`
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the index's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
	// Invalid: the index exists but PostgreSQL does not use it
	// (pg_index.indisvalid is false), as a failed CREATE INDEX CONCURRENTLY
	// leaves it. Only introspection sets it; a model never asks for an
	// invalid index, so a plan builds it again.
	Invalid bool `json:"invalid,omitempty"`
}

// An IndexKey is one key of an index: a column or an expression.
type IndexKey struct {
	Column     string `json:"column,omitempty"`
	Expression string `json:"expression,omitempty"` // as pg_get_indexdef prints it
	// Collation and Opclass are set only when they differ from the
	// defaults for the key's type.
	Collation  *QualifiedName `json:"collation,omitempty"`
	Opclass    *QualifiedName `json:"opclass,omitempty"`
	Descending bool           `json:"descending,omitempty"`
	// NullsFirst is the catalog's nulls ordering: the default is false for
	// ascending keys and true for descending ones.
	NullsFirst bool `json:"nulls_first,omitempty"`
}
