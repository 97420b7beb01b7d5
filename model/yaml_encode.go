package model

import (
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A mapBuilder builds a mapping node key by key.
type mapBuilder struct{ n *yaml.Node }

func newMap(flow bool) mapBuilder {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if flow {
		n.Style = yaml.FlowStyle
	}
	return mapBuilder{n}
}

func (m mapBuilder) add(key string, v *yaml.Node) {
	m.n.Content = append(m.n.Content, strNode(key), v)
}

func (m mapBuilder) str(key, v string) {
	if v != "" {
		m.add(key, strNode(v))
	}
}

func (m mapBuilder) boolean(key string, v bool) {
	if v {
		m.add(key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
}

func (m mapBuilder) integer(key string, v int64) {
	m.add(key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v, 10)})
}

func (m mapBuilder) strings(key string, v []string) {
	if len(v) > 0 {
		m.add(key, strSeq(v))
	}
}

func (m mapBuilder) options(key string, opts []string) {
	if len(opts) == 0 {
		return
	}
	o := newMap(true)
	for _, opt := range opts {
		name, value, _ := strings.Cut(opt, "=")
		// No tag: the value is written plain when that reads back as the
		// same text, quoted otherwise.
		o.add(name, &yaml.Node{Kind: yaml.ScalarNode, Value: value})
	}
	m.add(key, o.n)
}

func (m mapBuilder) empty() bool { return len(m.n.Content) == 0 }

func strNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch {
	case strings.HasPrefix(s, "'"):
		// SQL string constants ('active'::text) read better in double
		// quotes than with every single quote doubled.
		n.Style = yaml.DoubleQuotedStyle
	case strings.Contains(s, "\n") && !blockSafe(s):
		// The encoder would pick a block scalar it cannot read back.
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// blockSafe reports whether s can be written as a literal block scalar:
// the YAML encoder takes its first line's leading tab for indentation.
func blockSafe(s string) bool {
	return !strings.HasPrefix(strings.TrimLeft(s, "\n"), "\t")
}

// textNode writes SQL text that may span lines (a function's or a view's
// definition) as a literal block scalar when it does and can.
func textNode(s string) *yaml.Node {
	n := strNode(s)
	if strings.Contains(s, "\n") && blockSafe(s) {
		n.Style = yaml.LiteralStyle
	}
	return n
}

func strSeq(ss []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, s := range ss {
		n.Content = append(n.Content, strNode(s))
	}
	return n
}

// qualifiedNode writes q as name (in defaultSchema), schema.name, or a
// mapping when a part contains a dot.
func qualifiedNode(q QualifiedName, defaultSchema string) *yaml.Node {
	switch {
	case strings.Contains(q.Schema, ".") || strings.Contains(q.Name, "."):
		m := newMap(true)
		m.str("schema", q.Schema)
		m.str("name", q.Name)
		return m.n
	case q.Schema == defaultSchema:
		return strNode(q.Name)
	}
	return strNode(q.Schema + "." + q.Name)
}

func columnRefNode(c ColumnRef, defaultSchema string) *yaml.Node {
	switch {
	case strings.Contains(c.Table.Schema+c.Table.Name+c.Column, "."):
		m := newMap(true)
		m.str("schema", c.Table.Schema)
		m.str("table", c.Table.Name)
		m.str("column", c.Column)
		return m.n
	case c.Table.Schema == defaultSchema:
		return strNode(c.Table.Name + "." + c.Column)
	}
	return strNode(c.Table.Schema + "." + c.Table.Name + "." + c.Column)
}

func encodeSchema(s *Schema) *yaml.Node {
	s = sortedCopy(s.Portable())
	root := newMap(false)
	if len(s.Extensions) > 0 {
		exts := newMap(false)
		for _, x := range s.Extensions {
			m := newMap(true)
			m.add("schema", strNode(x.Schema))
			m.str("version", x.Version)
			m.strings("requires", x.Requires)
			m.str("comment", x.Comment)
			exts.add(x.Name, m.n)
		}
		root.add("extensions", exts.n)
	}
	schemas := newMap(false)
	for _, name := range schemaNames(s) {
		schemas.add(name, encodeNamespace(s, name))
	}
	if !schemas.empty() {
		root.add("schemas", schemas.n)
	}
	if s.Privileges != nil {
		root.add("privileges", privilegesNode(s))
	}
	if root.empty() {
		root.n.Style = yaml.FlowStyle
	}
	return root.n
}

// sortedCopy returns a sorted shallow copy of s, leaving s as it is.
func sortedCopy(s *Schema) *Schema {
	c := *s
	c.Namespaces = append([]Namespace(nil), s.Namespaces...)
	c.Extensions = append([]Extension(nil), s.Extensions...)
	c.Enums = append([]Enum(nil), s.Enums...)
	c.Domains = append([]Domain(nil), s.Domains...)
	c.Composites = append([]CompositeType(nil), s.Composites...)
	c.Collations = append([]Collation(nil), s.Collations...)
	c.Ranges = append([]RangeType(nil), s.Ranges...)
	c.TextSearchDictionaries = append([]TextSearchDictionary(nil), s.TextSearchDictionaries...)
	c.TextSearchConfigs = append([]TextSearchConfig(nil), s.TextSearchConfigs...)
	for i := range c.TextSearchConfigs {
		c.TextSearchConfigs[i].Mappings = append([]TextSearchMapping(nil), c.TextSearchConfigs[i].Mappings...)
	}
	c.Statistics = append([]Statistics(nil), s.Statistics...)
	for i := range c.Statistics {
		c.Statistics[i].Columns = append([]string(nil), c.Statistics[i].Columns...)
	}
	c.Functions = append([]Function(nil), s.Functions...)
	c.Sequences = append([]Sequence(nil), s.Sequences...)
	c.Tables = append([]Table(nil), s.Tables...)
	for i := range c.Tables {
		c.Tables[i].Constraints = append([]Constraint(nil), c.Tables[i].Constraints...)
		c.Tables[i].Indexes = append([]Index(nil), c.Tables[i].Indexes...)
		c.Tables[i].Triggers = append([]Trigger(nil), c.Tables[i].Triggers...)
		c.Tables[i].Policies = append([]Policy(nil), c.Tables[i].Policies...)
	}
	c.Views = append([]View(nil), s.Views...)
	for i := range c.Views {
		c.Views[i].Indexes = append([]Index(nil), c.Views[i].Indexes...)
		c.Views[i].Triggers = append([]Trigger(nil), c.Views[i].Triggers...)
	}
	c.Privileges = s.Privileges.clone()
	c.Unmanaged = nil
	c.Sort()
	return &c
}

// schemaNames returns every schema that holds something, sorted.
func schemaNames(s *Schema) []string {
	seen := map[string]bool{}
	for _, ns := range s.Namespaces {
		seen[ns.Name] = true
	}
	mark := func(schema string) { seen[schema] = true }
	each(s.Enums, func(e Enum) { mark(e.Schema) })
	each(s.Domains, func(d Domain) { mark(d.Schema) })
	each(s.Composites, func(c CompositeType) { mark(c.Schema) })
	each(s.Functions, func(f Function) { mark(f.Schema) })
	each(s.Sequences, func(q Sequence) { mark(q.Schema) })
	each(s.Tables, func(t Table) { mark(t.Schema) })
	each(s.Views, func(v View) { mark(v.Schema) })
	each(s.Collations, func(c Collation) { mark(c.Schema) })
	each(s.Ranges, func(r RangeType) { mark(r.Schema) })
	each(s.TextSearchDictionaries, func(d TextSearchDictionary) { mark(d.Schema) })
	each(s.TextSearchConfigs, func(c TextSearchConfig) { mark(c.Schema) })
	each(s.Statistics, func(st Statistics) { mark(st.Schema) })
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func each[T any](items []T, f func(T)) {
	for _, it := range items {
		f(it)
	}
}

// addSection adds key: {entry, ...} to m for the items in schema name,
// when there are any; entry gives each item's key and node.
func addSection[T any](m mapBuilder, key string, items []T, name string, schema func(T) string, entry func(T) (string, *yaml.Node)) {
	section := newMap(false)
	for _, it := range items {
		if schema(it) == name {
			section.add(entry(it))
		}
	}
	if !section.empty() {
		m.add(key, section.n)
	}
}

func encodeNamespace(s *Schema, name string) *yaml.Node {
	m := newMap(false)
	for _, ns := range s.Namespaces {
		if ns.Name == name {
			m.str("comment", ns.Comment)
		}
	}
	addSection(m, "collations", s.Collations, name, func(c Collation) string { return c.Schema },
		func(c Collation) (string, *yaml.Node) { return c.Name, collationNode(c) })
	addSection(m, "enums", s.Enums, name, func(e Enum) string { return e.Schema },
		func(e Enum) (string, *yaml.Node) { return e.Name, enumNode(e) })
	addSection(m, "domains", s.Domains, name, func(d Domain) string { return d.Schema },
		func(d Domain) (string, *yaml.Node) { return d.Name, domainNode(d) })
	addSection(m, "composites", s.Composites, name, func(c CompositeType) string { return c.Schema },
		func(c CompositeType) (string, *yaml.Node) { return c.Name, compositeNode(c) })
	addSection(m, "ranges", s.Ranges, name, func(r RangeType) string { return r.Schema },
		func(r RangeType) (string, *yaml.Node) { return r.Name, rangeNode(r) })
	addSection(m, "sequences", s.Sequences, name, func(q Sequence) string { return q.Schema },
		func(q Sequence) (string, *yaml.Node) { return q.Name, encodeSequence(q, "bigint", nil) })
	addSection(m, "functions", s.Functions, name, func(f Function) string { return f.Schema },
		func(f Function) (string, *yaml.Node) { return signature(f), functionNode(f) })
	addSection(m, "tables", s.Tables, name, func(t Table) string { return t.Schema },
		func(t Table) (string, *yaml.Node) { return t.Name, encodeTable(s, t) })
	addSection(m, "views", s.Views, name, func(v View) string { return v.Schema },
		func(v View) (string, *yaml.Node) { return v.Name, viewNode(v) })
	addSection(m, "text_search_dictionaries", s.TextSearchDictionaries, name, func(d TextSearchDictionary) string { return d.Schema },
		func(d TextSearchDictionary) (string, *yaml.Node) { return d.Name, textSearchDictionaryNode(d) })
	addSection(m, "text_search_configs", s.TextSearchConfigs, name, func(c TextSearchConfig) string { return c.Schema },
		func(c TextSearchConfig) (string, *yaml.Node) { return c.Name, textSearchConfigNode(c) })
	addSection(m, "statistics", s.Statistics, name, func(st Statistics) string { return st.Schema },
		func(st Statistics) (string, *yaml.Node) { return st.Name, statisticsNode(st) })
	for _, ns := range s.Namespaces {
		if ns.Name == name {
			m.str("renamed_from", ns.RenamedFrom)
		}
	}
	if m.empty() {
		m.n.Style = yaml.FlowStyle
	}
	return m.n
}

// enumNode writes an enum: its labels alone, or with its comment and
// annotations.
func enumNode(e Enum) *yaml.Node {
	if e.Comment == "" && e.RenamedFrom == "" && len(e.RemovedLabels) == 0 {
		return labelsNode(e)
	}
	em := newMap(true)
	em.add("labels", labelsNode(e))
	if len(e.RemovedLabels) > 0 {
		em.add("removed_labels", removedLabelsNode(e.RemovedLabels))
	}
	em.str("comment", e.Comment)
	em.str("renamed_from", e.RenamedFrom)
	return em.n
}

// encodeSequence writes the options of q that differ from the decoder's
// defaults; identity is the column of an identity sequence, or nil.
func encodeSequence(q Sequence, defaultType string, identity *ColumnRef) *yaml.Node {
	m := newMap(true)
	if identity != nil {
		def := QualifiedName{identity.Table.Schema, identity.Table.Name + "_" + identity.Column + "_seq"}
		if q.QualifiedName() != def {
			m.add("name", qualifiedNode(q.QualifiedName(), identity.Table.Schema))
		}
	}
	if q.Type != defaultType {
		m.str("type", q.Type)
	}
	min, max, _ := sequenceDefaults(q.Type, q.Increment, nil, nil)
	_, _, start := sequenceDefaults(q.Type, q.Increment, &q.Min, &q.Max)
	if q.Start != start {
		m.integer("start", q.Start)
	}
	if q.Increment != 1 {
		m.integer("increment", q.Increment)
	}
	if q.Min != min {
		m.integer("min", q.Min)
	}
	if q.Max != max {
		m.integer("max", q.Max)
	}
	if q.Cache != 1 {
		m.integer("cache", q.Cache)
	}
	m.boolean("cycle", q.Cycle)
	if q.OwnedBy != nil {
		m.add("owned_by", columnRefNode(*q.OwnedBy, q.Schema))
	}
	m.str("comment", q.Comment)
	return m.n
}

func encodeTable(s *Schema, t Table) *yaml.Node {
	m := newMap(false)
	m.str("comment", t.Comment)
	m.boolean("unlogged", t.Unlogged)
	m.str("partition_by", t.PartitionKey)
	if t.PartitionOf != nil {
		m.add("partition_of", qualifiedNode(*t.PartitionOf, t.Schema))
	}
	m.str("bound", t.PartitionBound)
	if len(t.Inherits) > 0 {
		m.add("inherits", inheritsNode(t.Inherits, t.Schema))
	}
	m.options("options", t.Options)
	if len(t.Columns) > 0 {
		cols := newMap(false)
		for _, c := range t.Columns {
			cols.add(c.Name, encodeColumn(t, c))
		}
		m.add("columns", cols.n)
	}
	if len(t.InheritedColumns) > 0 {
		m.add("inherited_columns", inheritedColumnsNode(t.InheritedColumns))
	}
	if len(t.Constraints) > 0 {
		cons := newMap(false)
		for _, c := range t.Constraints {
			cons.add(c.Name, encodeConstraint(s, t, c))
		}
		m.add("constraints", cons.n)
	}
	if len(t.Indexes) > 0 {
		m.add("indexes", indexesNode(t.Indexes))
	}
	if len(t.Triggers) > 0 {
		m.add("triggers", triggersNode(t.Triggers))
	}
	m.boolean("row_security", t.RowSecurity)
	m.boolean("force_row_security", t.ForceRowSecurity)
	if len(t.Policies) > 0 {
		m.add("policies", policiesNode(t.Policies))
	}
	if len(t.Rules) > 0 {
		m.add("rules", rulesNode(t.Rules))
	}
	m.str("renamed_from", t.RenamedFrom)
	if m.empty() {
		m.n.Style = yaml.FlowStyle
	}
	return m.n
}

// policiesNode writes policies, leaving out the defaults: command all,
// permissive, roles [public].
func policiesNode(policies []Policy) *yaml.Node {
	m := newMap(false)
	for _, p := range policies {
		pm := newMap(false)
		if p.Command != "ALL" && p.Command != "" {
			pm.str("command", strings.ToLower(p.Command))
		}
		if !p.Permissive {
			pm.add("permissive", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "false"})
		}
		if !(len(p.Roles) == 1 && p.Roles[0] == "public") {
			pm.strings("roles", p.Roles)
		}
		pm.str("using", p.Using)
		pm.str("with_check", p.WithCheck)
		pm.str("comment", p.Comment)
		if pm.empty() {
			pm.n.Style = yaml.FlowStyle
		}
		m.add(p.Name, pm.n)
	}
	return m.n
}

func encodeColumn(t Table, c Column) *yaml.Node {
	if !c.NotNull && c.Default == "" && c.Collation == nil && c.Comment == "" && c.Statistics == nil &&
		c.Storage == StorageDefault && c.Identity == IdentityNone && c.Generated == "" && c.RenamedFrom == "" && c.Using == "" {
		return strNode(c.Type)
	}
	m := newMap(true)
	m.str("type", c.Type)
	m.boolean("not_null", c.NotNull)
	m.str("not_null_name", c.NotNullName)
	m.boolean("not_null_not_valid", c.NotNullNotValid)
	m.boolean("not_null_no_inherit", c.NotNullNoInherit)
	m.str("default", c.Default)
	if c.Collation != nil {
		m.add("collation", qualifiedNode(*c.Collation, "pg_catalog"))
	}
	m.str("comment", c.Comment)
	if c.Statistics != nil {
		m.integer("statistics", int64(*c.Statistics))
	}
	if c.Storage != StorageDefault && int(c.Storage) <= len(storageNames) {
		m.str("storage", storageNames[c.Storage-1])
	}
	if c.Identity != IdentityNone && int(c.Identity) <= len(identityNames) {
		m.str("identity", identityNames[c.Identity-1])
		if q := c.IdentitySequence; q != nil {
			ref := &ColumnRef{Table: t.QualifiedName(), Column: c.Name}
			typ := integerTypes[c.Type]
			if typ == "" {
				typ = q.Type
			}
			if seq := encodeSequence(*q, typ, ref); len(seq.Content) > 0 {
				m.add("sequence", seq)
			}
		}
	}
	m.str("generated", c.Generated)
	m.boolean("virtual", c.Virtual)
	m.str("renamed_from", c.RenamedFrom)
	m.str("using", c.Using)
	return m.n
}

func encodeConstraint(s *Schema, t Table, c Constraint) *yaml.Node {
	m := newMap(true)
	switch c.Kind {
	case PrimaryKey:
		m.add("primary_key", strSeq(c.Columns))
	case Unique:
		m.add("unique", strSeq(c.Columns))
	case ForeignKey:
		m.add("foreign_key", strSeq(c.Columns))
	case Check:
		m.add("check", strNode(c.Expression))
	case Exclusion:
		m.add("exclude", strNode(strings.TrimPrefix(c.Definition, "EXCLUDE ")))
	}
	m.boolean("without_overlaps", c.WithoutOverlaps)
	m.boolean("period", c.Period)
	m.strings("include", c.Include)
	m.options("with", c.IndexOptions)
	m.boolean("nulls_not_distinct", c.NullsNotDistinct)
	if c.Kind == ForeignKey {
		m.add("references", qualifiedNode(c.References, t.Schema))
		if !refsPrimaryKey(s, c) {
			m.add("columns", strSeq(c.RefColumns))
		}
		if c.OnDelete != NoAction && int(c.OnDelete) < len(fkActionNames) {
			m.str("on_delete", fkActionNames[c.OnDelete])
		}
		if c.OnUpdate != NoAction && int(c.OnUpdate) < len(fkActionNames) {
			m.str("on_update", fkActionNames[c.OnUpdate])
		}
		m.strings("on_delete_columns", c.OnDeleteColumns)
		if c.Match != MatchSimple && int(c.Match) < len(matchNames) {
			m.str("match", matchNames[c.Match])
		}
	}
	m.boolean("no_inherit", c.NoInherit)
	m.boolean("deferrable", c.Deferrable)
	m.boolean("initially_deferred", c.InitiallyDeferred)
	// A NOT ENFORCED constraint is never validated: not_valid would say
	// nothing more, and the decoder refuses the two together.
	m.boolean("not_valid", c.NotValid && !c.NotEnforced)
	m.boolean("not_enforced", c.NotEnforced)
	m.str("comment", c.Comment)
	m.str("index_comment", c.IndexComment)
	m.str("attached_to", c.AttachedTo)
	m.str("renamed_from", c.RenamedFrom)
	return m.n
}

// refsPrimaryKey reports whether a foreign key's referenced columns are
// what the decoder would default them to: the referenced table's primary
// key, that table being in s.
func refsPrimaryKey(s *Schema, c Constraint) bool {
	ref := s.Table(c.References)
	if ref == nil {
		return false
	}
	pk := ref.primaryKey()
	if pk == nil || len(pk.Columns) != len(c.Columns) || len(pk.Columns) != len(c.RefColumns) {
		return false
	}
	for i := range pk.Columns {
		if pk.Columns[i] != c.RefColumns[i] {
			return false
		}
	}
	return true
}

func indexesNode(indexes []Index) *yaml.Node {
	m := newMap(false)
	for _, ix := range indexes {
		m.add(ix.Name, encodeIndex(ix))
	}
	return m.n
}

func encodeIndex(ix Index) *yaml.Node {
	m := newMap(true)
	keys := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, k := range ix.Keys {
		keys.Content = append(keys.Content, encodeIndexKey(k))
	}
	m.add("keys", keys)
	m.boolean("unique", ix.Unique)
	if ix.Method != "btree" {
		m.str("using", ix.Method)
	}
	m.strings("include", ix.Include)
	m.str("where", ix.Predicate)
	m.options("with", ix.Options)
	m.boolean("nulls_not_distinct", ix.NullsNotDistinct)
	m.str("comment", ix.Comment)
	m.str("attached_to", ix.AttachedTo)
	m.str("renamed_from", ix.RenamedFrom)
	return m.n
}

func encodeIndexKey(k IndexKey) *yaml.Node {
	if k.Expression == "" && k.Collation == nil && k.Opclass == nil && !k.Descending && !k.NullsFirst {
		return strNode(k.Column)
	}
	m := newMap(true)
	m.str("column", k.Column)
	m.str("expression", k.Expression)
	if k.Collation != nil {
		m.add("collation", qualifiedNode(*k.Collation, "pg_catalog"))
	}
	if k.Opclass != nil {
		m.add("opclass", qualifiedNode(*k.Opclass, "pg_catalog"))
	}
	m.boolean("desc", k.Descending)
	if k.NullsFirst != k.Descending {
		if k.NullsFirst {
			m.str("nulls", "first")
		} else {
			m.str("nulls", "last")
		}
	}
	return m.n
}
