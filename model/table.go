package model

import "math"

// A Table represents an ordinary or partitioned table.
type Table struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`

	// PartitionKey is the partition key of a partitioned table as
	// pg_get_partkeydef prints it, e.g. "RANGE (created_at)"; empty for an
	// ordinary table.
	PartitionKey string `json:"partition_key,omitempty"`
	// PartitionOf is the parent of a partition (pg_class.relispartition);
	// nil for a table that is not a partition. A partition's columns are
	// its parent's; its Constraints, Indexes and Triggers are only the ones
	// defined on the partition itself, not those it inherits.
	PartitionOf *QualifiedName `json:"partition_of,omitempty"`
	// PartitionBound is the partition bound of a partition as pg_get_expr
	// prints it, e.g. "FOR VALUES FROM (1) TO (10)" or "DEFAULT".
	PartitionBound string `json:"partition_bound,omitempty"`
	// Inherits are the parents of a table in plain (non-partition)
	// inheritance, in inheritance order (pg_inherits.inhseqno). Columns
	// and constraints a child inherits are not repeated on it: Columns and
	// Constraints hold only those defined locally (attislocal,
	// conislocal), including those declared locally and inherited too
	// (merged). A check constraint marked NoInherit stays on its table.
	Inherits []QualifiedName `json:"inherits,omitempty"`
	Unlogged bool            `json:"unlogged,omitempty"`
	// Options are the storage parameters (WITH (...)) as "name=value",
	// sorted by name.
	Options []string `json:"options,omitempty"`

	Columns []Column `json:"columns"` // in catalog (attnum) order
	// InheritedColumns are a child's own settings for columns it inherits
	// without declaring them (attislocal = false), listed only when they
	// differ from what CREATE TABLE ... INHERITS gives the child: NOT NULL
	// when a parent has it, the first parent's default and storage, no
	// statistics target, no comment. Each entry holds the child's NotNull,
	// Default, Statistics, Storage and Comment whole; Type is empty (the
	// type is the parents').
	InheritedColumns []Column     `json:"inherited_columns,omitempty"`
	Constraints      []Constraint `json:"constraints,omitempty"`
	// Indexes holds the indexes that do not implement a constraint; a
	// primary key, unique or exclusion constraint owns its index.
	Indexes  []Index   `json:"indexes,omitempty"`
	Triggers []Trigger `json:"triggers,omitempty"`
	// RowSecurity and ForceRowSecurity are ENABLE / FORCE ROW LEVEL
	// SECURITY; Policies are the table's row-level security policies.
	RowSecurity      bool     `json:"row_security,omitempty"`
	ForceRowSecurity bool     `json:"force_row_security,omitempty"`
	Policies         []Policy `json:"policies,omitempty"`
	Rules            []Rule   `json:"rules,omitempty"` // sorted by name
	Comment          string   `json:"comment,omitempty"`
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the table's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
}

// A Policy represents a row-level security policy of a table.
type Policy struct {
	Name string `json:"name"`
	// Command is ALL, SELECT, INSERT, UPDATE or DELETE.
	Command    string `json:"command"`
	Permissive bool   `json:"permissive"` // false: RESTRICTIVE
	// Roles are the roles the policy applies to, sorted; "public" for
	// PUBLIC.
	Roles     []string `json:"roles"`
	Using     string   `json:"using,omitempty"`      // as pg_get_expr prints it
	WithCheck string   `json:"with_check,omitempty"` // as pg_get_expr prints it
	Comment   string   `json:"comment,omitempty"`
}

// QualifiedName returns the table's schema-qualified name.
func (t Table) QualifiedName() QualifiedName { return QualifiedName{t.Schema, t.Name} }

// IsPartition reports whether t is a partition of another table.
func (t Table) IsPartition() bool { return t.PartitionOf != nil }

// Column returns the column with the given name, or nil.
func (t *Table) Column(name string) *Column {
	for i := range t.Columns {
		if t.Columns[i].Name == name {
			return &t.Columns[i]
		}
	}
	return nil
}

// A Column represents a table column.
type Column struct {
	Name string `json:"name"`
	// Type is the column type as format_type prints it with the search path
	// empty: modifiers and array brackets included, user types qualified
	// (e.g. "character varying(20)", "public.mood[]").
	Type string `json:"type"`
	// TypeRef names the user-defined type (or the element type of an array
	// of it) the column uses; empty for built-in types. It orders the plan.
	TypeRef QualifiedName `json:"type_ref,omitempty"`
	NotNull bool          `json:"not_null,omitempty"`
	// NotNullName is the name of the column's NOT NULL constraint.
	// PostgreSQL 18 keeps NOT NULL as a named constraint (pg_constraint,
	// contype n), by default TABLE_COLUMN_not_null (DefaultNotNullName);
	// empty where the name is not known (older servers, models that leave
	// it to the default), and then it matches any name.
	NotNullName string `json:"not_null_name,omitempty"`
	// NotNullNotValid: the NOT NULL constraint exists but existing rows
	// were not checked (PostgreSQL 18: ADD CONSTRAINT ... NOT NULL col NOT
	// VALID); NotNull is set too.
	NotNullNotValid bool `json:"not_null_not_valid,omitempty"`
	// NotNullNoInherit: the NOT NULL constraint is not passed on to
	// inheritance children (PostgreSQL 18: NOT NULL NO INHERIT).
	NotNullNoInherit bool `json:"not_null_no_inherit,omitempty"`
	// Default is the default expression as pg_get_expr prints it; empty
	// when the column has none. Identity and generated columns have none.
	Default string `json:"default,omitempty"`
	// Identity is the GENERATED ... AS IDENTITY kind, and IdentitySequence
	// the options of its implicit sequence.
	Identity         Identity  `json:"identity,omitempty"`
	IdentitySequence *Sequence `json:"identity_sequence,omitempty"`
	// Generated is the generation expression of a generated column, as
	// pg_get_expr prints it; stored unless Virtual.
	Generated string `json:"generated,omitempty"`
	// Virtual: the generated column is computed when read, not stored
	// (GENERATED ALWAYS AS (...) VIRTUAL, PostgreSQL 18).
	Virtual   bool           `json:"virtual,omitempty"`
	Collation *QualifiedName `json:"collation,omitempty"` // only when it differs from the type's
	// Statistics is the per-column statistics target (SET STATISTICS);
	// nil for the default.
	Statistics *int `json:"statistics,omitempty"`
	// Storage is the storage mode when it differs from the type's default.
	Storage Storage `json:"storage,omitempty"`
	Comment string  `json:"comment,omitempty"`
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the column's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
	// Using is an annotation of a desired model, never read from a
	// database: the expression that converts the column's values when its
	// type changes (ALTER COLUMN ... TYPE ... USING), written in terms of
	// the column's old values, e.g. to_timestamp(created). Without it the
	// plan uses the cast PostgreSQL has, and refuses a conversion it has
	// none for.
	Using string `json:"using,omitempty"`
}

// NameDataLen is PostgreSQL's NAMEDATALEN: names are at most
// NameDataLen-1 bytes long.
const NameDataLen = 64

// DefaultNotNullName returns the name PostgreSQL 18 gives the NOT NULL
// constraint of a column when none is given: TABLE_COLUMN_not_null. It
// returns "" when that does not fit in a name (PostgreSQL then shortens
// it by rules this function does not repeat), so that a caller spells the
// name out rather than guess.
func DefaultNotNullName(table, column string) string {
	name := table + "_" + column + "_not_null"
	if len(name) >= NameDataLen {
		return ""
	}
	return name
}

// Identity is a column's identity kind (pg_attribute.attidentity).
type Identity uint8

// The identity kinds.
const (
	IdentityNone      Identity = iota
	IdentityAlways             // GENERATED ALWAYS AS IDENTITY
	IdentityByDefault          // GENERATED BY DEFAULT AS IDENTITY
)

func (i Identity) String() string {
	switch i {
	case IdentityAlways:
		return "ALWAYS"
	case IdentityByDefault:
		return "BY DEFAULT"
	}
	return ""
}

// Storage is a column's storage mode (pg_attribute.attstorage), recorded
// only when it differs from the type's default.
type Storage uint8

// The storage modes.
const (
	StorageDefault Storage = iota
	StoragePlain
	StorageExternal
	StorageExtended
	StorageMain
)

func (s Storage) String() string {
	switch s {
	case StoragePlain:
		return "PLAIN"
	case StorageExternal:
		return "EXTERNAL"
	case StorageExtended:
		return "EXTENDED"
	case StorageMain:
		return "MAIN"
	}
	return ""
}

// A Sequence represents a sequence: a free-standing one (CREATE SEQUENCE), or
// the implicit sequence of an identity column (then Schema and Name are the
// sequence's own name and OwnedBy is empty).
type Sequence struct {
	Schema    string `json:"schema"`
	Name      string `json:"name"`
	Type      string `json:"type"` // smallint, integer or bigint
	Start     int64  `json:"start"`
	Increment int64  `json:"increment"`
	Min       int64  `json:"min"`
	Max       int64  `json:"max"`
	Cache     int64  `json:"cache"`
	Cycle     bool   `json:"cycle,omitempty"`
	// OwnedBy is the column the sequence belongs to (OWNED BY), if any.
	OwnedBy *ColumnRef `json:"owned_by,omitempty"`
	Comment string     `json:"comment,omitempty"`
}

// QualifiedName returns the sequence's schema-qualified name.
func (s Sequence) QualifiedName() QualifiedName { return QualifiedName{s.Schema, s.Name} }

// A ColumnRef names a column of a table.
type ColumnRef struct {
	Table  QualifiedName `json:"table"`
	Column string        `json:"column"`
}

// SequenceBounds returns the MINVALUE and MAXVALUE PostgreSQL gives a
// sequence of type typ ("smallint", "integer", else bigint) created
// without them: 1 to the type's largest value counting up, the type's
// smallest value to -1 counting down.
func SequenceBounds(typ string, increment int64) (min, max int64) {
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	switch typ {
	case "smallint":
		lo, hi = math.MinInt16, math.MaxInt16
	case "integer":
		lo, hi = math.MinInt32, math.MaxInt32
	}
	if increment < 0 {
		return lo, -1
	}
	return 1, hi
}
