package diff

import "github.com/retortdb/retort/model"

// An Op is one change to a database schema. The set of operations is closed:
// every Op is one of the types in this file. Render turns each into SQL.
//
// Operations that remove something carry the whole object they remove, so a
// plan can be shown, reviewed and reversed without the schema it came from.
type Op interface{ isOp() }

// Rename renames an object in place (ALTER ... RENAME), keeping its rows
// and everything that depends on it. Object names the object by its name
// before the step: a schema, table, sequence, view, materialized view,
// type (enum, composite) or domain; for a column, constraint or index, Name is the
// table (or materialized view) and Sub the column, constraint or index. To
// is the new name. The inverse renames To back.
type Rename struct {
	Object ObjectRef
	To     string
}

// RenameEnumValue renames a label of an enum in place (ALTER TYPE ...
// RENAME VALUE): rows holding it hold the new label.
type RenameEnumValue struct {
	Enum     model.QualifiedName
	From, To string
}

// CreateSchema creates a PostgreSQL schema (namespace).
type CreateSchema struct{ Schema model.Namespace }

// DropSchema drops an empty schema.
type DropSchema struct{ Schema model.Namespace }

// CreateExtension installs an extension at a given version into a schema.
type CreateExtension struct{ Extension model.Extension }

// DropExtension removes an extension.
type DropExtension struct{ Extension model.Extension }

// AlterExtensionVersion updates (or downgrades) an extension in place. A
// step with Refused set changes nothing: it stops the script with that
// message (a downgrade PostgreSQL has no update path for).
type AlterExtensionVersion struct {
	Name     string
	From, To string
	Refused  string
}

// CreateEnum creates an enum type.
type CreateEnum struct{ Enum model.Enum }

// DropEnum drops an enum type.
type DropEnum struct{ Enum model.Enum }

// AddEnumValue adds one label to an existing enum, placed before or after
// an existing label (both empty: at the end).
type AddEnumValue struct {
	Enum          model.QualifiedName
	Label         string
	Before, After string
}

// RecreateEnum replaces an enum whose labels changed in a way ALTER TYPE
// cannot express (a label removed or moved): the old type is renamed away,
// the new one created, every column using it converted through text, and
// the old type dropped.
//
// A label of From that To lacks is removed: Mapped says which label the
// rows holding it take (the model's RemovedLabels); for a removed label
// without a mapping, the conversion is preceded by a check that stops the
// upgrade with an error naming the column when a row still holds it.
type RecreateEnum struct {
	From, To model.Enum
	Columns  []EnumColumn
	Mapped   map[string]string
	// KeepOld leaves the old type under its temporary name: domains or
	// composite types over it move to the new type in later steps, and a
	// DropRenamedType step drops it once they have.
	KeepOld bool
}

// An EnumColumn is a column converted by RecreateEnum: its values are cast
// through text (text[] for an array of the enum). A default must be dropped
// first (DropDefault); the plan sets the new default in a later step.
type EnumColumn struct {
	Table       model.QualifiedName
	Column      string
	Array       bool
	DropDefault bool
}

// CreateSequence creates a free-standing sequence (OWNED BY comes later,
// through SetSequenceOwner, once the owning table exists).
type CreateSequence struct{ Sequence model.Sequence }

// DropSequence drops a free-standing sequence.
type DropSequence struct{ Sequence model.Sequence }

// AlterSequence changes a sequence's options (type, start, increment,
// bounds, cache, cycle) from From to To.
type AlterSequence struct{ From, To model.Sequence }

// SetSequenceOwner sets OWNED BY; a nil Owner means OWNED BY NONE.
type SetSequenceOwner struct {
	Sequence model.QualifiedName
	Owner    *model.ColumnRef
	// From is the owner before the change, kept so the op can be reversed.
	From *model.ColumnRef
}

// SyncSequence moves a sequence past the values a column already holds
// (setval to the column's maximum, or its minimum for a descending
// sequence), so that a sequence newly attached to a filled column (serial
// to identity, identity to serial) does not hand out values already taken.
// An empty table, or values outside the sequence's bounds, leave it alone.
type SyncSequence struct {
	Sequence model.Sequence
	Column   model.ColumnRef
}

// CreateTable creates a table with its columns and its primary key, unique,
// check and exclusion constraints. Foreign keys and indexes are separate
// operations, added once every table exists.
type CreateTable struct{ Table model.Table }

// DropTable drops a table. Table carries the whole table as it was.
type DropTable struct{ Table model.Table }

// SetTableOptions sets and resets storage parameters.
type SetTableOptions struct {
	Table model.QualifiedName
	Set   []string // name=value
	Reset []string // names
}

// AttachPartition attaches a table as a partition of Parent with the given
// bound (ALTER TABLE ... ATTACH PARTITION); its rows are kept.
type AttachPartition struct {
	Parent    model.QualifiedName
	Partition model.QualifiedName
	Bound     string // "FOR VALUES ..." or "DEFAULT"
}

// RenameAttachedIndex renames the index of Partition that is attached to
// the index ParentIndex of its parent table Parent (a partition's primary
// key, unique or exclusion constraint too: its index) to To, whatever
// name PostgreSQL gave it when it made it for the parent's index (CREATE
// TABLE ... PARTITION OF, CREATE INDEX or ADD CONSTRAINT on the parent,
// ATTACH PARTITION). The plan uses it where it cannot tell that name in
// advance; the step does nothing when the index already has the name.
type RenameAttachedIndex struct {
	Partition   model.QualifiedName
	Parent      model.QualifiedName
	ParentIndex string
	To          string
}

// DetachPartition detaches a partition from its parent (ALTER TABLE ...
// DETACH PARTITION); the table and its rows are kept.
type DetachPartition struct {
	Parent    model.QualifiedName
	Partition model.QualifiedName
}

// SetTableLogged switches a table between LOGGED and UNLOGGED.
type SetTableLogged struct {
	Table    model.QualifiedName
	Unlogged bool
}

// AddColumn adds a column to an existing table.
type AddColumn struct {
	Table  model.QualifiedName
	Column model.Column
}

// DropColumn drops a column. Column carries the whole column as it was.
type DropColumn struct {
	Table  model.QualifiedName
	Column model.Column
}

// AlterColumnType changes a column's type (and collation). Cast says how
// the values are converted: without USING where PostgreSQL has an implicit
// or assignment cast, else USING column::type, or USING
// column::text::type from one enum to another. Using, the model's
// expression (Column.Using), takes the place of Cast. A step with Refused
// set converts nothing: it stops the script with that message (the
// downgrade of a conversion PostgreSQL has no cast for).
type AlterColumnType struct {
	Table     model.QualifiedName
	Column    string
	From, To  string // types
	Collation *model.QualifiedName
	Cast      CastPath
	Using     string
	Refused   string
}

// SetColumnDefault sets a column's default expression.
type SetColumnDefault struct {
	Table   model.QualifiedName
	Column  string
	Default string
}

// DropColumnDefault removes a column's default; From is the dropped default.
type DropColumnDefault struct {
	Table  model.QualifiedName
	Column string
	From   string
}

// SetColumnNotNull adds (NotNull true) or removes a NOT NULL constraint.
type SetColumnNotNull struct {
	Table   model.QualifiedName
	Column  string
	NotNull bool
	// When NotNull is set, PostgreSQL 18 can name the constraint
	// (Constraint; empty for the default name), leave the rows unchecked
	// (NotValid) and keep it from inheritance children (NoInherit).
	Constraint string
	NotValid   bool
	NoInherit  bool
	// ViaCheck, when set, names a check (column IS NOT NULL) that is
	// added NOT VALID, validated, and dropped once NOT NULL is set, so
	// that setting it takes no long lock that blocks writes (online mode).
	ViaCheck string
}

// AddIdentity makes a column an identity column.
type AddIdentity struct {
	Table    model.QualifiedName
	Column   string
	Identity model.Identity
	Sequence *model.Sequence
}

// DropIdentity makes an identity column an ordinary one (its implicit
// sequence goes with it). The fields keep what was dropped.
type DropIdentity struct {
	Table    model.QualifiedName
	Column   string
	Identity model.Identity
	Sequence *model.Sequence
}

// AlterIdentity changes an identity column's kind or sequence options.
type AlterIdentity struct {
	Table    model.QualifiedName
	Column   string
	From, To model.Column
}

// SetColumnExpression changes the expression of a generated column in
// place (ALTER COLUMN ... SET EXPRESSION, PostgreSQL 17): a stored
// column's values are computed again.
type SetColumnExpression struct {
	Table    model.QualifiedName
	Column   string
	From, To string
}

// DropColumnExpression turns a generated column into an ordinary one,
// keeping its values.
type DropColumnExpression struct {
	Table  model.QualifiedName
	Column string
	From   string // the generation expression that was dropped
}

// SetColumnStatistics sets the per-column statistics target; nil restores
// the default (SET STATISTICS -1).
type SetColumnStatistics struct {
	Table      model.QualifiedName
	Column     string
	Statistics *int
}

// SetColumnStorage sets a column's storage mode.
type SetColumnStorage struct {
	Table   model.QualifiedName
	Column  string
	Storage model.Storage
	// Type is the column's type, needed to restore the type's default mode.
	Type string
}

// AddConstraint adds a constraint to an existing table.
type AddConstraint struct {
	Table      model.QualifiedName
	Constraint model.Constraint
}

// DropConstraint drops a constraint; Constraint carries it whole.
type DropConstraint struct {
	Table      model.QualifiedName
	Constraint model.Constraint
}

// ValidateConstraint validates a NOT VALID foreign key or check.
type ValidateConstraint struct {
	Table model.QualifiedName
	Name  string
}

// CreateIndex creates an index on a table, CONCURRENTLY if asked (then
// outside a transaction, without blocking writes).
type CreateIndex struct {
	Table        model.QualifiedName
	Index        model.Index
	Concurrently bool
	// Only creates the index of a partitioned table on it alone (ON ONLY):
	// it stays invalid until an index of each partition is attached to it
	// (AttachIndex).
	Only bool
}

// AttachIndex attaches the index Index of a partition to the index Parent
// of its parent table (ALTER INDEX ... ATTACH PARTITION). A primary key's
// or unique constraint's index attaches the constraint too.
type AttachIndex struct {
	Parent, Index model.QualifiedName
}

// DropIndex drops an index; Index carries it whole. CONCURRENTLY waits for
// the queries using it instead of blocking new ones.
type DropIndex struct {
	Table        model.QualifiedName
	Index        model.Index
	Concurrently bool
}

// isOp marks each operation type as an Op: the set is closed.
func (Rename) isOp()                {}
func (RenameEnumValue) isOp()       {}
func (CreateSchema) isOp()          {}
func (DropSchema) isOp()            {}
func (CreateExtension) isOp()       {}
func (DropExtension) isOp()         {}
func (AlterExtensionVersion) isOp() {}
func (CreateEnum) isOp()            {}
func (DropEnum) isOp()              {}
func (AddEnumValue) isOp()          {}
func (RecreateEnum) isOp()          {}
func (CreateSequence) isOp()        {}
func (DropSequence) isOp()          {}
func (AlterSequence) isOp()         {}
func (SetSequenceOwner) isOp()      {}
func (SyncSequence) isOp()          {}
func (CreateTable) isOp()           {}
func (DropTable) isOp()             {}
func (SetTableOptions) isOp()       {}
func (SetTableLogged) isOp()        {}
func (AttachPartition) isOp()       {}
func (DetachPartition) isOp()       {}
func (RenameAttachedIndex) isOp()   {}
func (AttachIndex) isOp()           {}
func (AddColumn) isOp()             {}
func (DropColumn) isOp()            {}
func (AlterColumnType) isOp()       {}
func (SetColumnDefault) isOp()      {}
func (DropColumnDefault) isOp()     {}
func (SetColumnNotNull) isOp()      {}
func (AddIdentity) isOp()           {}
func (DropIdentity) isOp()          {}
func (AlterIdentity) isOp()         {}
func (DropColumnExpression) isOp()  {}
func (SetColumnExpression) isOp()   {}
func (SetColumnStatistics) isOp()   {}
func (SetColumnStorage) isOp()      {}
func (AddConstraint) isOp()         {}
func (DropConstraint) isOp()        {}
func (ValidateConstraint) isOp()    {}
func (CreateIndex) isOp()           {}
func (DropIndex) isOp()             {}
func (SetComment) isOp()            {}
func (CreateDomain) isOp()          {}
func (DropDomain) isOp()            {}
func (SetDomainDefault) isOp()      {}
func (SetDomainNotNull) isOp()      {}
func (AddDomainCheck) isOp()        {}
func (DropDomainCheck) isOp()       {}
func (RecreateDomain) isOp()        {}
func (RecreateComposite) isOp()     {}
func (DropRenamedType) isOp()       {}
func (CreateComposite) isOp()       {}
func (DropComposite) isOp()         {}
func (AddAttribute) isOp()          {}
func (DropAttribute) isOp()         {}
func (AlterAttributeType) isOp()    {}
func (CreateFunction) isOp()        {}
func (ReplaceFunction) isOp()       {}
func (DropFunction) isOp()          {}
func (CreateView) isOp()            {}
func (DropView) isOp()              {}
func (CreateTrigger) isOp()         {}
func (DropTrigger) isOp()           {}
func (SetTriggerEnabled) isOp()     {}
func (SetRowSecurity) isOp()        {}
func (SetForceRowSecurity) isOp()   {}
func (CreatePolicy) isOp()          {}
func (DropPolicy) isOp()            {}
func (AlterPolicy) isOp()           {}

func (CreateObject) isOp()           {}
func (DropObject) isOp()             {}
func (AlterObject) isOp()            {}
func (CreateRange) isOp()            {}
func (DropRange) isOp()              {}
func (AlterTextSearchMapping) isOp() {}
func (AddInherit) isOp()             {}
func (DropInherit) isOp()            {}
func (CreateRule) isOp()             {}
func (ReplaceRule) isOp()            {}
func (DropRule) isOp()               {}
func (SetRuleEnabled) isOp()         {}

// SetOwner changes the owner of an object (ALTER ... OWNER TO), which also
// moves the old owner's privileges to the new one. From is the owner
// before, empty when unknown (an object the plan creates).
type SetOwner struct {
	Object      model.Securable
	Owner, From string
}

// GrantPrivileges grants privileges on an object, or on one of its columns
// (a table's or a view's), to a role or to PUBLIC (Grantee "public"),
// WITH GRANT OPTION when GrantOption is set.
type GrantPrivileges struct {
	Object      model.Securable
	Column      string
	Grantee     string
	Privileges  []string
	GrantOption bool
	// All: Privileges are every privilege the object (or column) has on
	// the server the plan runs on, so GRANT ALL says them.
	All bool
}

// RevokePrivileges revokes privileges on an object or a column from a role
// or PUBLIC; with GrantOptionOnly, only the grant option goes (REVOKE
// GRANT OPTION FOR) and the privileges stay.
type RevokePrivileges struct {
	Object          model.Securable
	Column          string
	Grantee         string
	Privileges      []string
	GrantOptionOnly bool
	// All: Privileges are every privilege the object (or column) has on
	// the server the plan runs on, so REVOKE ALL says them.
	All bool
}

// GrantDefaultPrivileges adds default privileges: objects of kind On that
// Role creates later (in Schema; empty: anywhere) give Grantee these
// privileges (ALTER DEFAULT PRIVILEGES ... GRANT).
type GrantDefaultPrivileges struct {
	Role, Schema string
	On           model.DefaultKind
	Grantee      string
	Privileges   []string
	GrantOption  bool
	// All: Privileges are every privilege objects of kind On have on the
	// server the plan runs on, so GRANT ALL says them.
	All bool
}

// RevokeDefaultPrivileges takes privileges (or, with GrantOptionOnly,
// their grant option) out of the default privileges of Role's new objects
// of kind On (ALTER DEFAULT PRIVILEGES ... REVOKE).
type RevokeDefaultPrivileges struct {
	Role, Schema    string
	On              model.DefaultKind
	Grantee         string
	Privileges      []string
	GrantOptionOnly bool
	// All: Privileges are every privilege objects of kind On have on the
	// server the plan runs on, so REVOKE ALL says them.
	All bool
}

func (SetOwner) isOp()                {}
func (GrantPrivileges) isOp()         {}
func (RevokePrivileges) isOp()        {}
func (GrantDefaultPrivileges) isOp()  {}
func (RevokeDefaultPrivileges) isOp() {}
