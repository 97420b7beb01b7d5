package diff

import "github.com/retortdb/retort/model"

// The operations on objects other than tables, columns, constraints and
// indexes: domains, types, routines, views, triggers, rules, policies,
// comments and privileges (see op.go for Op).

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

// CreateObject creates an object of a simple kind (collations, text
// search dictionaries and configurations: see kind.go) from its
// definition, without its comment; a configuration with its parser and
// mappings.
type CreateObject struct {
	Kind   ObjectKind
	Object SchemaObject
}

// DropObject drops an object of a simple kind; Object carries it whole.
type DropObject struct {
	Kind   ObjectKind
	Object SchemaObject
}

// AlterObject changes an object of a simple kind in place, From into To
// (both without their comments), where its kind's ALTER can: a text
// search dictionary's options (its template cannot change: that is drop
// and create).
type AlterObject struct {
	Kind     ObjectKind
	From, To SchemaObject
}

// CreateRange creates a range type (and its multirange type).
type CreateRange struct{ Range model.RangeType }

// DropRange drops a range type; Range carries it whole.
type DropRange struct{ Range model.RangeType }

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
