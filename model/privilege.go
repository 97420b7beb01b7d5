package model

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// Privileges are the owners of a schema's objects, the privileges granted
// on them and the default privileges of new objects. They are read and
// compared only on request (introspect.Options.Privileges, the YAML key
// privileges:), because roles differ between environments: a nil
// Schema.Privileges means they are not managed.
//
// Privileges are stored relative to PostgreSQL's built-in default
// (acldefault): an object's owner holds every privilege of its kind, and
// PUBLIC holds EXECUTE on functions and USAGE on types. Grants are what an
// object has beyond that default, Revokes what it lacks of it. So an object
// whose ACL is the default (the catalog's NULL) has no grant and no revoke,
// and changing the owner, which PostgreSQL does by moving the old owner's
// privileges to the new one, leaves grants and revokes as they are.
// Grantors are not part of the model.
//
// An object that is in a model but has no owner, grant or revoke here is
// not managed: a comparison leaves its owner and privileges alone. A
// schema read from a database (introspect) lists the owner of every object,
// so every object is managed; a YAML model may name only some.
type Privileges struct {
	Owners  []Owner  `json:"owners,omitempty"`
	Grants  []Grant  `json:"grants,omitempty"`
	Revokes []Revoke `json:"revokes,omitempty"`
	// DefaultGrants and DefaultRevokes are the default privileges (ALTER
	// DEFAULT PRIVILEGES): what objects that a role creates later get
	// beyond, or lack of, the built-in default.
	DefaultGrants  []DefaultGrant  `json:"default_grants,omitempty"`
	DefaultRevokes []DefaultRevoke `json:"default_revokes,omitempty"`
}

// A Securable names an object that has an owner and privileges.
type Securable struct {
	Kind SecurableKind `json:"kind"`
	// Schema is the object's schema; empty for a schema, whose name is
	// Name.
	Schema string `json:"schema,omitempty"`
	Name   string `json:"name"`
	// Args are a function's identity arguments, e.g. "integer, text".
	Args string `json:"args,omitempty"`
}

// SecurableKind is the kind of object a Securable names.
type SecurableKind uint8

// The kinds of object that have privileges. SecurableType stands for
// enums, domains, composite types and range types alike: GRANT ... ON TYPE
// and ALTER TYPE ... OWNER TO take them all. Sequences owned by a column
// (serial and identity columns) have privileges of their own but no
// owner entry: their owner is their table's.
const (
	SecurableSchema SecurableKind = iota + 1
	SecurableTable                // tables and partitions
	SecurableView
	SecurableMaterializedView
	SecurableSequence
	SecurableFunction // functions and window functions
	SecurableProcedure
	SecurableAggregate
	SecurableType
)

// Compare orders securables by schema, name, arguments, then kind.
func (s Securable) Compare(o Securable) int {
	return cmp.Or(strings.Compare(s.Schema, o.Schema), strings.Compare(s.Name, o.Name),
		strings.Compare(s.Args, o.Args), cmp.Compare(s.Kind, o.Kind))
}

// Less reports whether s sorts before o (Compare).
func (s Securable) Less(o Securable) bool { return s.Compare(o) < 0 }

// String names the object for messages: "table app.orders",
// "function app.total(integer)", "schema app".
func (s Securable) String() string {
	name := s.Name
	if s.Kind != SecurableSchema {
		name = s.Schema + "." + s.Name
	}
	switch s.Kind {
	case SecurableFunction, SecurableProcedure, SecurableAggregate:
		name += "(" + s.Args + ")"
	}
	return s.Kind.String() + " " + name
}

// String returns the kind as SQL names it in lower case, e.g.
// "materialized view".
func (k SecurableKind) String() string {
	if int(k) < len(securableKindNames) && k > 0 {
		return securableKindNames[k]
	}
	return "object"
}

var securableKindNames = []string{"", "schema", "table", "view", "materialized view", "sequence",
	"function", "procedure", "aggregate", "type"}

// The privilege names, as GRANT spells them.
const (
	PrivSelect     = "SELECT"
	PrivInsert     = "INSERT"
	PrivUpdate     = "UPDATE"
	PrivDelete     = "DELETE"
	PrivTruncate   = "TRUNCATE"
	PrivReferences = "REFERENCES"
	PrivTrigger    = "TRIGGER"
	PrivUsage      = "USAGE"
	PrivCreate     = "CREATE"
	PrivExecute    = "EXECUTE"
	// PrivMaintain (VACUUM, ANALYZE, CLUSTER, REFRESH MATERIALIZED VIEW,
	// REINDEX, LOCK TABLE on a table, view or materialized view) is
	// PostgreSQL 17's: see PrivilegeOn.
	PrivMaintain = "MAINTAIN"
)

// maintainMajor is the PostgreSQL major that added PrivMaintain.
const maintainMajor = 17

var (
	relationPrivileges = []string{PrivDelete, PrivInsert, PrivReferences, PrivSelect, PrivTrigger, PrivTruncate, PrivUpdate}
	// relationPrivileges17 are those of relations on PostgreSQL 17 and
	// later: MAINTAIN too.
	relationPrivileges17 = []string{PrivDelete, PrivInsert, PrivMaintain, PrivReferences, PrivSelect, PrivTrigger, PrivTruncate, PrivUpdate}
	sequencePrivileges   = []string{PrivSelect, PrivUpdate, PrivUsage}
	routinePrivileges    = []string{PrivExecute}
	typePrivileges       = []string{PrivUsage}
	schemaPrivileges     = []string{PrivCreate, PrivUsage}
	// ColumnPrivileges are the privileges that can be granted on a column.
	ColumnPrivileges = []string{PrivInsert, PrivReferences, PrivSelect, PrivUpdate}
)

// PrivilegeOn reports whether a server of PostgreSQL major has privilege p
// (of any kind of object): every supported major has all of them but
// MAINTAIN, which came with 17. An unknown major (0) has those every
// supported major has.
func PrivilegeOn(p string, major int) bool {
	return p != PrivMaintain || major >= maintainMajor
}

// Privileges returns the privileges an object of kind k has on every
// supported major, sorted: PrivilegesOn(0). MAINTAIN, which PostgreSQL 17
// added, is not among them.
func (k SecurableKind) Privileges() []string { return k.PrivilegesOn(0) }

// PrivilegesOn returns every privilege an object of kind k has on a server
// of PostgreSQL major, sorted: what its owner holds by default and what
// GRANT ALL grants there. For tables, views and materialized views that is
// 8 privileges on 17 and later (MAINTAIN), 7 before and when the major is
// unknown (0).
func (k SecurableKind) PrivilegesOn(major int) []string {
	switch k {
	case SecurableSchema:
		return schemaPrivileges
	case SecurableTable, SecurableView, SecurableMaterializedView:
		if major >= maintainMajor {
			return relationPrivileges17
		}
		return relationPrivileges
	case SecurableSequence:
		return sequencePrivileges
	case SecurableFunction, SecurableProcedure, SecurableAggregate:
		return routinePrivileges
	case SecurableType:
		return typePrivileges
	}
	return nil
}

// PublicPrivileges returns what PUBLIC holds by default on an object of
// kind k: EXECUTE on functions, USAGE on types, nothing on the rest.
func (k SecurableKind) PublicPrivileges() []string {
	return k.Defaults().PublicPrivileges()
}

// Defaults returns the kind of default privileges (ALTER DEFAULT
// PRIVILEGES ... ON ...) that apply when an object of kind k is created.
func (k SecurableKind) Defaults() DefaultKind {
	switch k {
	case SecurableSchema:
		return DefaultSchemas
	case SecurableTable, SecurableView, SecurableMaterializedView:
		return DefaultTables
	case SecurableSequence:
		return DefaultSequences
	case SecurableFunction, SecurableProcedure, SecurableAggregate:
		return DefaultFunctions
	case SecurableType:
		return DefaultTypes
	}
	return 0
}

// An Owner is the role that owns an object.
type Owner struct {
	Object Securable `json:"object"`
	Role   string    `json:"role"`
}

// A Grant is privileges a role (or PUBLIC, Grantee "public") holds on an
// object, or on one column of a table or view, beyond the built-in
// default. With Grantable, the grantee holds them WITH GRANT OPTION; a
// privilege is listed once per grantee, in the grantable entry when it has
// the option.
type Grant struct {
	Object     Securable `json:"object"`
	Column     string    `json:"column,omitempty"`
	Grantee    string    `json:"grantee"`
	Privileges []string  `json:"privileges"` // sorted
	Grantable  bool      `json:"grantable,omitempty"`
}

// A Revoke is privileges of the built-in default that an object lacks:
// taken from its owner, or from PUBLIC (Grantee "public").
type Revoke struct {
	Object     Securable `json:"object"`
	Grantee    string    `json:"grantee"`
	Privileges []string  `json:"privileges"` // sorted
}

// DefaultKind is the kind of object default privileges apply to
// (pg_default_acl.defaclobjtype).
type DefaultKind uint8

// The kinds of default privileges: ON TABLES (tables, views, materialized
// views), SEQUENCES, FUNCTIONS (functions, procedures, aggregates), TYPES
// and SCHEMAS.
const (
	DefaultTables DefaultKind = iota + 1
	DefaultSequences
	DefaultFunctions
	DefaultTypes
	DefaultSchemas
)

// String returns the kind as ALTER DEFAULT PRIVILEGES spells it, e.g.
// "TABLES".
func (k DefaultKind) String() string {
	if int(k) < len(defaultKindNames) && k > 0 {
		return defaultKindNames[k]
	}
	return "OBJECTS"
}

var defaultKindNames = []string{"", "TABLES", "SEQUENCES", "FUNCTIONS", "TYPES", "SCHEMAS"}

// Privileges returns the privileges the objects of kind k have on every
// supported major: PrivilegesOn(0).
func (k DefaultKind) Privileges() []string { return k.PrivilegesOn(0) }

// PrivilegesOn returns every privilege the objects of kind k have on a
// server of PostgreSQL major (0: unknown), sorted, as
// SecurableKind.PrivilegesOn: MAINTAIN on tables from 17 on.
func (k DefaultKind) PrivilegesOn(major int) []string {
	switch k {
	case DefaultTables:
		if major >= maintainMajor {
			return relationPrivileges17
		}
		return relationPrivileges
	case DefaultSequences:
		return sequencePrivileges
	case DefaultFunctions:
		return routinePrivileges
	case DefaultTypes:
		return typePrivileges
	case DefaultSchemas:
		return schemaPrivileges
	}
	return nil
}

// PublicPrivileges returns what PUBLIC holds by default on new objects of
// kind k.
func (k DefaultKind) PublicPrivileges() []string {
	switch k {
	case DefaultFunctions:
		return routinePrivileges
	case DefaultTypes:
		return typePrivileges
	}
	return nil
}

// A DefaultGrant is privileges that objects of kind On, created later by
// Role (in Schema; empty: in any schema), give Grantee beyond the built-in
// default (ALTER DEFAULT PRIVILEGES FOR ROLE ... [IN SCHEMA ...] GRANT).
type DefaultGrant struct {
	Role       string      `json:"role"`
	Schema     string      `json:"schema,omitempty"`
	On         DefaultKind `json:"on"`
	Grantee    string      `json:"grantee"`
	Privileges []string    `json:"privileges"` // sorted
	Grantable  bool        `json:"grantable,omitempty"`
}

// A DefaultRevoke is privileges of the built-in default that objects of
// kind On, created later by Role, do not give Grantee (Role itself, or
// PUBLIC). PostgreSQL keeps these for the whole database only: ALTER
// DEFAULT PRIVILEGES IN SCHEMA can only add to the defaults.
type DefaultRevoke struct {
	Role       string      `json:"role"`
	On         DefaultKind `json:"on"`
	Grantee    string      `json:"grantee"`
	Privileges []string    `json:"privileges"` // sorted
}

// Sort puts every slice of p into canonical order, the privilege lists
// included. A nil p is left alone.
func (p *Privileges) Sort() {
	if p == nil {
		return
	}
	for _, g := range p.Grants {
		sort.Strings(g.Privileges)
	}
	for _, r := range p.Revokes {
		sort.Strings(r.Privileges)
	}
	for _, g := range p.DefaultGrants {
		sort.Strings(g.Privileges)
	}
	for _, r := range p.DefaultRevokes {
		sort.Strings(r.Privileges)
	}
	slices.SortFunc(p.Owners, func(a, b Owner) int { return a.Object.Compare(b.Object) })
	slices.SortFunc(p.Grants, func(a, b Grant) int {
		return cmp.Or(a.Object.Compare(b.Object), strings.Compare(a.Column, b.Column),
			strings.Compare(a.Grantee, b.Grantee), compareBool(a.Grantable, b.Grantable))
	})
	slices.SortFunc(p.Revokes, func(a, b Revoke) int {
		return cmp.Or(a.Object.Compare(b.Object), strings.Compare(a.Grantee, b.Grantee))
	})
	slices.SortFunc(p.DefaultGrants, func(a, b DefaultGrant) int {
		return cmp.Or(strings.Compare(a.Role, b.Role), strings.Compare(a.Schema, b.Schema), cmp.Compare(a.On, b.On),
			strings.Compare(a.Grantee, b.Grantee), compareBool(a.Grantable, b.Grantable))
	})
	slices.SortFunc(p.DefaultRevokes, func(a, b DefaultRevoke) int {
		return cmp.Or(strings.Compare(a.Role, b.Role), cmp.Compare(a.On, b.On), strings.Compare(a.Grantee, b.Grantee))
	})
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case b:
		return -1
	}
	return 1
}

// A SecurableObject is an object of a schema that has privileges.
type SecurableObject struct {
	Securable
	// OwnedBy is, for a sequence owned by a column (serial or identity),
	// the table: the sequence has no owner of its own.
	OwnedBy *QualifiedName
}

// SecurableObjects returns the objects of s that have an owner and
// privileges: schemas, tables, views, sequences (identity sequences
// included), functions and types, sorted.
func (s *Schema) SecurableObjects() []SecurableObject {
	var out []SecurableObject
	add := func(kind SecurableKind, schema, name, args string, ownedBy *QualifiedName) {
		out = append(out, SecurableObject{Securable{Kind: kind, Schema: schema, Name: name, Args: args}, ownedBy})
	}
	for _, n := range s.Namespaces {
		add(SecurableSchema, "", n.Name, "", nil)
	}
	for _, t := range s.Tables {
		add(SecurableTable, t.Schema, t.Name, "", nil)
		for _, c := range t.Columns {
			if q := c.IdentitySequence; q != nil {
				add(SecurableSequence, q.Schema, q.Name, "", &QualifiedName{t.Schema, t.Name})
			}
		}
	}
	for _, v := range s.Views {
		kind := SecurableView
		if v.Materialized {
			kind = SecurableMaterializedView
		}
		add(kind, v.Schema, v.Name, "", nil)
	}
	for _, q := range s.Sequences {
		var table *QualifiedName
		if q.OwnedBy != nil {
			table = &QualifiedName{q.OwnedBy.Table.Schema, q.OwnedBy.Table.Name}
		}
		add(SecurableSequence, q.Schema, q.Name, "", table)
	}
	for _, f := range s.Functions {
		add(f.SecurableKind(), f.Schema, f.Name, f.IdentityArguments, nil)
	}
	for _, e := range s.Enums {
		add(SecurableType, e.Schema, e.Name, "", nil)
	}
	for _, d := range s.Domains {
		add(SecurableType, d.Schema, d.Name, "", nil)
	}
	for _, c := range s.Composites {
		add(SecurableType, c.Schema, c.Name, "", nil)
	}
	for _, r := range s.Ranges {
		add(SecurableType, r.Schema, r.Name, "", nil)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j].Securable) })
	return out
}

// SecurableKind returns the kind of privileges object f is.
func (f Function) SecurableKind() SecurableKind {
	switch f.Kind {
	case Procedure:
		return SecurableProcedure
	case Aggregate:
		return SecurableAggregate
	}
	return SecurableFunction
}

// InSchema returns the part of p about the schema name and its objects,
// with the default privileges in it; databaseWide also gives it those of
// the whole database. Nil when p is nil (privileges not read).
func (p *Privileges) InSchema(name string, databaseWide bool) *Privileges {
	if p == nil {
		return nil
	}
	out := &Privileges{
		Owners:  inSchema(p.Owners, name, func(o Owner) string { return o.Object.schema() }),
		Grants:  inSchema(p.Grants, name, func(g Grant) string { return g.Object.schema() }),
		Revokes: inSchema(p.Revokes, name, func(r Revoke) string { return r.Object.schema() }),
		DefaultGrants: inSchema(p.DefaultGrants, name, func(g DefaultGrant) string {
			if g.Schema == "" && databaseWide {
				return name
			}
			return g.Schema
		}),
	}
	if databaseWide {
		out.DefaultRevokes = p.DefaultRevokes
	}
	return out
}

// schema returns the schema a securable belongs to: its own name for a
// schema.
func (o Securable) schema() string {
	if o.Kind == SecurableSchema {
		return o.Name
	}
	return o.Schema
}
