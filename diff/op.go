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

// CreateDomain creates a domain with its default, NOT NULL and checks.
type CreateDomain struct{ Domain model.Domain }

// DropDomain drops a domain; Domain carries it whole.
type DropDomain struct{ Domain model.Domain }

// SetDomainDefault sets (or, with an empty Default, drops) a domain's default.
type SetDomainDefault struct {
	Domain  model.QualifiedName
	Default string
}

// SetDomainNotNull sets or drops a domain's NOT NULL.
type SetDomainNotNull struct {
	Domain  model.QualifiedName
	NotNull bool
}

// AddDomainCheck adds a named check to a domain (NOT VALID if the check is).
type AddDomainCheck struct {
	Domain model.QualifiedName
	Check  model.DomainCheck
}

// DropDomainCheck drops a named check of a domain.
type DropDomainCheck struct {
	Domain model.QualifiedName
	Check  model.DomainCheck
}

// RecreateDomain replaces a domain whose base type or collation changed,
// which ALTER DOMAIN cannot do: the old domain is renamed away, the new
// one created, every column using it converted (through the new base
// type), and the old domain dropped. Functions using the domain are
// re-created around it by the plan.
//
// ViaText converts the columns through text instead of the new base type:
// the base type itself is created again (an enum, a domain or a composite
// type), and the old values have no cast to the new one. KeepOld leaves
// the old domain under its temporary name for a DropRenamedType step, when
// other domains or composite types over it move later.
type RecreateDomain struct {
	From, To model.Domain
	Columns  []EnumColumn
	ViaText  bool
	KeepOld  bool
	// Mapped are the removed labels of the enum under the domain that rows
	// of its columns take another label for (RecreateEnum.Mapped), when
	// ViaText.
	Mapped map[string]string
}

// RecreateComposite replaces a composite type that an attribute's type
// being created again (an enum, a domain, another composite type) leaves
// pointing at the old type, which ALTER TYPE cannot change while columns
// use it: the old type is renamed away, the new one created, every column
// using it converted through text, and the old one dropped (or, KeepOld,
// left to a DropRenamedType step).
type RecreateComposite struct {
	From, To model.CompositeType
	Columns  []EnumColumn
	KeepOld  bool
}

// DropRenamedType drops the old type that a RecreateEnum, RecreateDomain
// or RecreateComposite with KeepOld left under its temporary name, once
// nothing uses it any more. Type is its name before the re-creation.
type DropRenamedType struct {
	Type   model.QualifiedName
	Domain bool
}

// CreateComposite creates a composite type.
type CreateComposite struct{ Type model.CompositeType }

// DropComposite drops a composite type; Type carries it whole.
type DropComposite struct{ Type model.CompositeType }

// AddAttribute adds an attribute to a composite type.
type AddAttribute struct {
	Type      model.QualifiedName
	Attribute model.Attribute
}

// DropAttribute drops an attribute of a composite type.
type DropAttribute struct {
	Type      model.QualifiedName
	Attribute model.Attribute
}

// AlterAttributeType changes the type (and collation) of an attribute.
type AlterAttributeType struct {
	Type      model.QualifiedName
	Attribute string
	From, To  string
	Collation *model.QualifiedName
}

// CreateFunction creates a function or procedure from its definition.
type CreateFunction struct{ Function model.Function }

// ReplaceFunction changes a function's body or attributes in place (CREATE
// OR REPLACE): its arguments and result stay the same.
type ReplaceFunction struct{ From, To model.Function }

// DropFunction drops a function or procedure; Function carries it whole.
type DropFunction struct{ Function model.Function }

// CreateView creates a view or materialized view (its indexes and triggers
// are separate operations).
type CreateView struct{ View model.View }

// DropView drops a view or materialized view; View carries it whole.
type DropView struct{ View model.View }

// CreateTrigger creates a trigger on a table or view, and sets its firing
// state when that is not the default.
type CreateTrigger struct {
	Table   model.QualifiedName
	Trigger model.Trigger
}

// DropTrigger drops a trigger; Trigger carries it whole.
type DropTrigger struct {
	Table   model.QualifiedName
	Trigger model.Trigger
}

// SetTriggerEnabled changes a trigger's firing state (ENABLE / DISABLE /
// ENABLE REPLICA / ENABLE ALWAYS).
type SetTriggerEnabled struct {
	Table   model.QualifiedName
	Name    string
	Enabled model.TriggerEnabled
}

// SetRowSecurity enables or disables row-level security on a table.
type SetRowSecurity struct {
	Table   model.QualifiedName
	Enabled bool
}

// SetForceRowSecurity makes row-level security apply to the table's owner
// too (FORCE), or not.
type SetForceRowSecurity struct {
	Table  model.QualifiedName
	Forced bool
}

// CreatePolicy creates a row-level security policy.
type CreatePolicy struct {
	Table  model.QualifiedName
	Policy model.Policy
}

// DropPolicy drops a policy; Policy carries it whole.
type DropPolicy struct {
	Table  model.QualifiedName
	Policy model.Policy
}

// AlterPolicy changes a policy's roles, USING or WITH CHECK in place (its
// command and permissiveness cannot change: that is drop and create).
type AlterPolicy struct {
	Table    model.QualifiedName
	From, To model.Policy
}

// CreateCollation creates a collation.
type CreateCollation struct{ Collation model.Collation }

// DropCollation drops a collation; Collation carries it whole.
type DropCollation struct{ Collation model.Collation }

// CreateRange creates a range type (and its multirange type).
type CreateRange struct{ Range model.RangeType }

// DropRange drops a range type; Range carries it whole.
type DropRange struct{ Range model.RangeType }

// CreateTextSearchDictionary creates a text search dictionary.
type CreateTextSearchDictionary struct {
	Dictionary model.TextSearchDictionary
}

// DropTextSearchDictionary drops a text search dictionary.
type DropTextSearchDictionary struct {
	Dictionary model.TextSearchDictionary
}

// AlterTextSearchDictionary changes a dictionary's options in place (its
// template cannot change: that is drop and create).
type AlterTextSearchDictionary struct {
	From, To model.TextSearchDictionary
}

// CreateTextSearchConfig creates a text search configuration with its
// parser and mappings.
type CreateTextSearchConfig struct{ Config model.TextSearchConfig }

// DropTextSearchConfig drops a text search configuration.
type DropTextSearchConfig struct{ Config model.TextSearchConfig }

// AlterTextSearchMapping adds, changes or (To nil) drops the mapping of one
// token type of a configuration; From is the mapping before (nil: none).
type AlterTextSearchMapping struct {
	Config   model.QualifiedName
	From, To *model.TextSearchMapping
}

// AddInherit makes a table a child of Parent (ALTER TABLE ... INHERIT).
// The table must already have Parent's columns (same types, NOT NULL where
// Parent has it) and inheritable checks; it keeps them as its own too, and
// its rows are kept.
type AddInherit struct {
	Table, Parent model.QualifiedName
}

// DropInherit removes a table from Parent's children (ALTER TABLE ... NO
// INHERIT); the table, its columns and rows are kept, and the columns and
// checks it inherited only from Parent become its own.
type DropInherit struct {
	Table, Parent model.QualifiedName
}

// CreateRule creates a rewrite rule on a table or view, and sets its
// firing state when that is not the default.
type CreateRule struct {
	Table model.QualifiedName
	Rule  model.Rule
}

// ReplaceRule changes a rule's definition in place (CREATE OR REPLACE RULE);
// the rule keeps its firing state and comment.
type ReplaceRule struct {
	Table    model.QualifiedName
	From, To model.Rule
}

// DropRule drops a rule; Rule carries it whole.
type DropRule struct {
	Table model.QualifiedName
	Rule  model.Rule
}

// SetRuleEnabled changes a rule's firing state (ALTER TABLE ... ENABLE /
// DISABLE / ENABLE REPLICA / ENABLE ALWAYS RULE); only a table's rules have
// one that can change.
type SetRuleEnabled struct {
	Table   model.QualifiedName
	Name    string
	Enabled model.TriggerEnabled
}

// SetComment sets (or, with an empty Comment, removes) the comment on an
// object. From is the comment before, kept so the op can be reversed.
type SetComment struct {
	Target  ObjectRef
	Comment string
	From    string
}

// An ObjectRef names any object that can carry a comment.
type ObjectRef struct {
	Kind ObjectKind
	// Schema and Name name the object; for columns, constraints, indexes
	// and triggers Name is the table (or view, or composite type) and Sub
	// the column, constraint, index or trigger; for functions and
	// procedures Sub is the identity argument list; for a domain check,
	// Name is the domain and Sub the check.
	Schema, Name, Sub string
}

// ObjectKind is the kind of object an ObjectRef names.
type ObjectKind uint8

// The object kinds that can carry comments.
const (
	KindSchema ObjectKind = iota + 1
	KindExtension
	KindType
	KindSequence
	KindTable
	KindColumn
	KindConstraint
	KindIndex
	KindDomain
	KindDomainCheck
	KindFunction
	KindProcedure
	KindView
	KindMaterializedView
	KindTrigger
	KindPolicy
	KindAggregate
	KindCollation
	KindTextSearchDictionary
	KindTextSearchConfig
	KindRule // Name is the table or view, Sub the rule
)

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

func (CreateCollation) isOp()            {}
func (DropCollation) isOp()              {}
func (CreateRange) isOp()                {}
func (DropRange) isOp()                  {}
func (CreateTextSearchDictionary) isOp() {}
func (DropTextSearchDictionary) isOp()   {}
func (AlterTextSearchDictionary) isOp()  {}
func (CreateTextSearchConfig) isOp()     {}
func (DropTextSearchConfig) isOp()       {}
func (AlterTextSearchMapping) isOp()     {}
func (AddInherit) isOp()                 {}
func (DropInherit) isOp()                {}
func (CreateRule) isOp()                 {}
func (ReplaceRule) isOp()                {}
func (DropRule) isOp()                   {}
func (SetRuleEnabled) isOp()             {}

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
