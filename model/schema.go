package model

import (
	"slices"
	"sort"
)

// A Schema represents everything retort manages in one database: PostgreSQL
// schemas (namespaces), extensions, types, sequences and tables, plus the
// objects it saw but does not manage yet.
//
// Names are stored unquoted, exactly as the catalog holds them. SQL fragments
// that PostgreSQL itself produced (type names from format_type, expressions
// from pg_get_expr) are stored as PostgreSQL printed them, fully qualified.
//
// Slices are kept in a canonical order (see Sort) so that two schemas holding
// the same objects compare equal with reflect.DeepEqual or cmp.Diff.
type Schema struct {
	Namespaces []Namespace     `json:"namespaces,omitempty"`
	Extensions []Extension     `json:"extensions,omitempty"`
	Collations []Collation     `json:"collations,omitempty"`
	Enums      []Enum          `json:"enums,omitempty"`
	Domains    []Domain        `json:"domains,omitempty"`
	Composites []CompositeType `json:"composites,omitempty"`
	Ranges     []RangeType     `json:"ranges,omitempty"`
	Functions  []Function      `json:"functions,omitempty"`
	Sequences  []Sequence      `json:"sequences,omitempty"`
	Tables     []Table         `json:"tables,omitempty"`
	Views      []View          `json:"views,omitempty"`

	// TextSearchDictionaries and TextSearchConfigs are text search
	// dictionaries and configurations (parsers and templates are not
	// managed: they need C functions).
	TextSearchDictionaries []TextSearchDictionary `json:"text_search_dictionaries,omitempty"`
	TextSearchConfigs      []TextSearchConfig     `json:"text_search_configs,omitempty"`

	// Statistics are extended statistics objects on tables.
	Statistics []Statistics `json:"statistics,omitempty"`

	// Privileges are the owners and privileges of the objects above and
	// the default privileges; nil when they are not managed (see
	// Privileges).
	Privileges *Privileges `json:"privileges,omitempty"`

	// Unmanaged lists objects of kinds retort does not manage yet. They take
	// no part in a comparison; callers report them as warnings.
	Unmanaged []Unmanaged `json:"unmanaged,omitempty"`

	// Major is the PostgreSQL major version of the server the schema was
	// read from (introspect sets it); 0 for a model that was not read from
	// a server. It describes where the schema lives, not what it holds: a
	// plan uses its from side's Major to write SQL that server accepts
	// (diff.Compare), and comparisons ignore it.
	Major int `json:"major,omitempty"`
}

// A QualifiedName names an object that lives in a schema.
type QualifiedName struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`
}

// String returns schema.name unquoted, for messages and sort keys only; SQL
// is always produced by the render package, which quotes.
func (q QualifiedName) String() string { return q.Schema + "." + q.Name }

// Less orders qualified names by schema, then name.
func (q QualifiedName) Less(o QualifiedName) bool {
	if q.Schema != o.Schema {
		return q.Schema < o.Schema
	}
	return q.Name < o.Name
}

// A Namespace represents a PostgreSQL schema (CREATE SCHEMA).
type Namespace struct {
	Name    string `json:"name"`
	Comment string `json:"comment,omitempty"`
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the schema's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
}

// An Extension represents an installed extension (CREATE EXTENSION).
type Extension struct {
	Name   string `json:"name"`
	Schema string `json:"schema"`
	// Version is the installed version; empty in a model means whatever
	// version CREATE EXTENSION installs (the server's default), and then
	// any installed version matches it.
	Version string `json:"version"`
	// DefaultVersion is the version CREATE EXTENSION installs on the
	// server the schema was read from (the control file's
	// default_version), so that a model written from it can leave out a
	// version that is the default: another major's default may differ.
	// It is read, never compared.
	DefaultVersion string `json:"default_version,omitempty"`
	// Requires are the extensions this one needs (the control file's
	// requires, as the catalog records them), sorted: they are created
	// before it and dropped after it.
	Requires []string `json:"requires,omitempty"`
	Comment  string   `json:"comment,omitempty"`
}

// An Enum represents an enum type with its labels in sort order.
type Enum struct {
	Schema  string   `json:"schema"`
	Name    string   `json:"name"`
	Labels  []string `json:"labels"`
	Comment string   `json:"comment,omitempty"`
	// RenamedFrom is an annotation of a desired model, never read from a
	// database: the type's previous name. When the other side of a
	// comparison has an object of that name and none of this one, the plan
	// renames it (ALTER ... RENAME) instead of dropping and creating it.
	RenamedFrom string `json:"renamed_from,omitempty"`
	// LabelRenames and RemovedLabels are annotations too (see
	// RenamedFrom). LabelRenames are labels renamed in place (ALTER TYPE
	// ... RENAME VALUE), sorted by label. RemovedLabels map labels that
	// the enum no longer has to the label that rows holding them take when
	// the enum is re-created, sorted by label; a removed label without a
	// mapping stops the upgrade if rows still hold it.
	LabelRenames  []LabelRename  `json:"label_renames,omitempty"`
	RemovedLabels []RemovedLabel `json:"removed_labels,omitempty"`
}

// A LabelRename annotates an enum label with its previous name.
type LabelRename struct {
	Label string `json:"label"`
	From  string `json:"from"`
}

// A RemovedLabel annotates an enum with a label it no longer has and the
// label that rows holding it take.
type RemovedLabel struct {
	Label string `json:"label"`
	To    string `json:"to"`
}

// QualifiedName returns the enum's schema-qualified name.
func (e Enum) QualifiedName() QualifiedName { return QualifiedName{e.Schema, e.Name} }

// A Unmanaged names an object of a kind retort does not manage yet.
type Unmanaged struct {
	Kind string `json:"kind"` // e.g. "view", "function", "trigger"
	Name string `json:"name"` // human-readable, qualified where that applies
}

// Sort puts every slice of s into canonical order: objects by qualified
// name; columns keep their catalog order; constraints and indexes by name.
func (s *Schema) Sort() {
	sort.Slice(s.Namespaces, func(i, j int) bool { return s.Namespaces[i].Name < s.Namespaces[j].Name })
	sort.Slice(s.Extensions, func(i, j int) bool { return s.Extensions[i].Name < s.Extensions[j].Name })
	sort.Slice(s.Enums, func(i, j int) bool { return s.Enums[i].QualifiedName().Less(s.Enums[j].QualifiedName()) })
	sort.Slice(s.Sequences, func(i, j int) bool {
		return s.Sequences[i].QualifiedName().Less(s.Sequences[j].QualifiedName())
	})
	sort.Slice(s.Tables, func(i, j int) bool { return s.Tables[i].QualifiedName().Less(s.Tables[j].QualifiedName()) })
	for i := range s.Tables {
		t := &s.Tables[i]
		sort.Slice(t.Constraints, func(a, b int) bool { return t.Constraints[a].Name < t.Constraints[b].Name })
		sort.Slice(t.Indexes, func(a, b int) bool { return t.Indexes[a].Name < t.Indexes[b].Name })
		sort.Slice(t.Triggers, func(a, b int) bool { return t.Triggers[a].Name < t.Triggers[b].Name })
		sort.Slice(t.Policies, func(a, b int) bool { return t.Policies[a].Name < t.Policies[b].Name })
		sort.Slice(t.Rules, func(a, b int) bool { return t.Rules[a].Name < t.Rules[b].Name })
	}
	sort.Slice(s.Domains, func(i, j int) bool { return s.Domains[i].QualifiedName().Less(s.Domains[j].QualifiedName()) })
	sort.Slice(s.Composites, func(i, j int) bool {
		return s.Composites[i].QualifiedName().Less(s.Composites[j].QualifiedName())
	})
	sort.Slice(s.Functions, func(i, j int) bool {
		a, b := s.Functions[i], s.Functions[j]
		if a.Schema != b.Schema {
			return a.Schema < b.Schema
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.IdentityArguments < b.IdentityArguments
	})
	sort.Slice(s.Collations, func(i, j int) bool {
		return s.Collations[i].QualifiedName().Less(s.Collations[j].QualifiedName())
	})
	sort.Slice(s.Ranges, func(i, j int) bool { return s.Ranges[i].QualifiedName().Less(s.Ranges[j].QualifiedName()) })
	sort.Slice(s.TextSearchDictionaries, func(i, j int) bool {
		return s.TextSearchDictionaries[i].QualifiedName().Less(s.TextSearchDictionaries[j].QualifiedName())
	})
	sort.Slice(s.TextSearchConfigs, func(i, j int) bool {
		return s.TextSearchConfigs[i].QualifiedName().Less(s.TextSearchConfigs[j].QualifiedName())
	})
	for i := range s.TextSearchConfigs {
		m := s.TextSearchConfigs[i].Mappings
		sort.Slice(m, func(a, b int) bool { return m[a].TokenType < m[b].TokenType })
	}
	sort.Slice(s.Statistics, func(i, j int) bool {
		return s.Statistics[i].QualifiedName().Less(s.Statistics[j].QualifiedName())
	})
	for i := range s.Statistics {
		sort.Strings(s.Statistics[i].Columns)
	}
	sort.Slice(s.Views, func(i, j int) bool { return s.Views[i].QualifiedName().Less(s.Views[j].QualifiedName()) })
	for i := range s.Views {
		v := &s.Views[i]
		sort.Slice(v.Indexes, func(a, b int) bool { return v.Indexes[a].Name < v.Indexes[b].Name })
		sort.Slice(v.Triggers, func(a, b int) bool { return v.Triggers[a].Name < v.Triggers[b].Name })
		sort.Slice(v.Rules, func(a, b int) bool { return v.Rules[a].Name < v.Rules[b].Name })
	}
	s.Privileges.Sort()
	sort.Slice(s.Unmanaged, func(i, j int) bool {
		if s.Unmanaged[i].Kind != s.Unmanaged[j].Kind {
			return s.Unmanaged[i].Kind < s.Unmanaged[j].Kind
		}
		return s.Unmanaged[i].Name < s.Unmanaged[j].Name
	})
}

// InSchema returns the objects of s that live in the schema named name,
// an extension by the schema it is installed in. The namespace itself,
// privileges, unmanaged objects and Major are left out: they are the
// caller's to hand out.
func (s *Schema) InSchema(name string) *Schema {
	return &Schema{
		Extensions:             inSchema(s.Extensions, name, func(e Extension) string { return e.Schema }),
		Collations:             inSchema(s.Collations, name, func(c Collation) string { return c.Schema }),
		Enums:                  inSchema(s.Enums, name, func(e Enum) string { return e.Schema }),
		Domains:                inSchema(s.Domains, name, func(d Domain) string { return d.Schema }),
		Composites:             inSchema(s.Composites, name, func(c CompositeType) string { return c.Schema }),
		Ranges:                 inSchema(s.Ranges, name, func(r RangeType) string { return r.Schema }),
		Functions:              inSchema(s.Functions, name, func(f Function) string { return f.Schema }),
		Sequences:              inSchema(s.Sequences, name, func(q Sequence) string { return q.Schema }),
		Tables:                 inSchema(s.Tables, name, func(t Table) string { return t.Schema }),
		Views:                  inSchema(s.Views, name, func(v View) string { return v.Schema }),
		TextSearchDictionaries: inSchema(s.TextSearchDictionaries, name, func(d TextSearchDictionary) string { return d.Schema }),
		TextSearchConfigs:      inSchema(s.TextSearchConfigs, name, func(c TextSearchConfig) string { return c.Schema }),
		Statistics:             inSchema(s.Statistics, name, func(st Statistics) string { return st.Schema }),
	}
}

// inSchema returns the items whose schema is name.
func inSchema[T any](items []T, name string, schema func(T) string) []T {
	var out []T
	for _, it := range items {
		if schema(it) == name {
			out = append(out, it)
		}
	}
	return out
}

// KeepTables keeps the tables keep accepts, with the sequences they own
// and the statistics objects on them, and returns the foreign keys it drops
// because they reference a table left out (each with its table as Table).
func (s *Schema) KeepTables(keep func(QualifiedName) bool) []LeftOut {
	kept := map[QualifiedName]bool{}
	var tables []Table
	for _, t := range s.Tables {
		if keep(t.QualifiedName()) {
			kept[t.QualifiedName()] = true
			tables = append(tables, t)
		}
	}
	var out []LeftOut
	for i := range tables {
		t := &tables[i]
		var cons []Constraint
		for _, k := range t.Constraints {
			if k.Kind == ForeignKey && !kept[k.References] {
				out = append(out, LeftOut{Table: t.QualifiedName(), Constraint: k})
				continue
			}
			cons = append(cons, k)
		}
		t.Constraints = cons
	}
	s.Tables = tables
	s.Sequences = slices.DeleteFunc(s.Sequences, func(q Sequence) bool { return q.OwnedBy != nil && !kept[q.OwnedBy.Table] })
	s.Statistics = slices.DeleteFunc(s.Statistics, func(st Statistics) bool { return !kept[st.Table] })
	return out
}

// LeftOut is a constraint KeepTables dropped, with its table.
type LeftOut struct {
	Table      QualifiedName
	Constraint Constraint
}

// Table returns the table with the given name, or nil.
func (s *Schema) Table(q QualifiedName) *Table {
	for i := range s.Tables {
		if s.Tables[i].Schema == q.Schema && s.Tables[i].Name == q.Name {
			return &s.Tables[i]
		}
	}
	return nil
}
