package yamlmodel

import (
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
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
func qualifiedNode(q model.QualifiedName, defaultSchema string) *yaml.Node {
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

func columnRefNode(c model.ColumnRef, defaultSchema string) *yaml.Node {
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

func encodeSchema(s *model.Schema) *yaml.Node {
	s = sortedCopy(s)
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

// sortedCopy returns what the encoder writes of s: its portable form
// (Schema.Portable, a deep copy) in canonical order. The copy shares no
// list with s, so sorting it leaves the caller's schema as it is, and a
// list added to the model needs nothing here.
func sortedCopy(s *model.Schema) *model.Schema {
	c := s.Portable()
	c.Sort()
	return c
}

// schemaNames returns every schema that holds something, sorted.
func schemaNames(s *model.Schema) []string {
	seen := map[string]bool{}
	for _, ns := range s.Namespaces {
		seen[ns.Name] = true
	}
	mark := func(schema string) { seen[schema] = true }
	each(s.Enums, func(e model.Enum) { mark(e.Schema) })
	each(s.Domains, func(d model.Domain) { mark(d.Schema) })
	each(s.Composites, func(c model.CompositeType) { mark(c.Schema) })
	each(s.Functions, func(f model.Function) { mark(f.Schema) })
	each(s.Sequences, func(q model.Sequence) { mark(q.Schema) })
	each(s.Tables, func(t model.Table) { mark(t.Schema) })
	each(s.Views, func(v model.View) { mark(v.Schema) })
	each(s.Collations, func(c model.Collation) { mark(c.Schema) })
	each(s.Ranges, func(r model.RangeType) { mark(r.Schema) })
	each(s.TextSearchDictionaries, func(d model.TextSearchDictionary) { mark(d.Schema) })
	each(s.TextSearchConfigs, func(c model.TextSearchConfig) { mark(c.Schema) })
	each(s.Statistics, func(st model.Statistics) { mark(st.Schema) })
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

func encodeNamespace(s *model.Schema, name string) *yaml.Node {
	m := newMap(false)
	for _, ns := range s.Namespaces {
		if ns.Name == name {
			m.str("comment", ns.Comment)
		}
	}
	addSection(m, "collations", s.Collations, name, func(c model.Collation) string { return c.Schema },
		func(c model.Collation) (string, *yaml.Node) { return c.Name, collationNode(c) })
	addSection(m, "enums", s.Enums, name, func(e model.Enum) string { return e.Schema },
		func(e model.Enum) (string, *yaml.Node) { return e.Name, enumNode(e) })
	addSection(m, "domains", s.Domains, name, func(d model.Domain) string { return d.Schema },
		func(d model.Domain) (string, *yaml.Node) { return d.Name, domainNode(d) })
	addSection(m, "composites", s.Composites, name, func(c model.CompositeType) string { return c.Schema },
		func(c model.CompositeType) (string, *yaml.Node) { return c.Name, compositeNode(c) })
	addSection(m, "ranges", s.Ranges, name, func(r model.RangeType) string { return r.Schema },
		func(r model.RangeType) (string, *yaml.Node) { return r.Name, rangeNode(r) })
	addSection(m, "sequences", s.Sequences, name, func(q model.Sequence) string { return q.Schema },
		func(q model.Sequence) (string, *yaml.Node) { return q.Name, encodeSequence(q, "bigint", nil) })
	addSection(m, "functions", s.Functions, name, func(f model.Function) string { return f.Schema },
		func(f model.Function) (string, *yaml.Node) { return signature(f), functionNode(f) })
	addSection(m, "tables", s.Tables, name, func(t model.Table) string { return t.Schema },
		func(t model.Table) (string, *yaml.Node) { return t.Name, encodeTable(s, t) })
	addSection(m, "views", s.Views, name, func(v model.View) string { return v.Schema },
		func(v model.View) (string, *yaml.Node) { return v.Name, viewNode(v) })
	addSection(m, "text_search_dictionaries", s.TextSearchDictionaries, name, func(d model.TextSearchDictionary) string { return d.Schema },
		func(d model.TextSearchDictionary) (string, *yaml.Node) { return d.Name, textSearchDictionaryNode(d) })
	addSection(m, "text_search_configs", s.TextSearchConfigs, name, func(c model.TextSearchConfig) string { return c.Schema },
		func(c model.TextSearchConfig) (string, *yaml.Node) { return c.Name, textSearchConfigNode(c) })
	addSection(m, "statistics", s.Statistics, name, func(st model.Statistics) string { return st.Schema },
		func(st model.Statistics) (string, *yaml.Node) { return st.Name, statisticsNode(st) })
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
func enumNode(e model.Enum) *yaml.Node {
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
func encodeSequence(q model.Sequence, defaultType string, identity *model.ColumnRef) *yaml.Node {
	m := newMap(true)
	if identity != nil {
		def := model.QualifiedName{Schema: identity.Table.Schema, Name: identity.Table.Name + "_" + identity.Column + "_seq"}
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

func encodeTable(s *model.Schema, t model.Table) *yaml.Node {
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
func policiesNode(policies []model.Policy) *yaml.Node {
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

func encodeColumn(t model.Table, c model.Column) *yaml.Node {
	if !c.NotNull && c.Default == "" && c.Collation == nil && c.Comment == "" && c.Statistics == nil &&
		c.Storage == model.StorageDefault && c.Identity == model.IdentityNone && c.Generated == "" && c.RenamedFrom == "" && c.Using == "" {
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
	if c.Storage != model.StorageDefault && int(c.Storage) <= len(storageNames) {
		m.str("storage", storageNames[c.Storage-1])
	}
	if c.Identity != model.IdentityNone && int(c.Identity) <= len(identityNames) {
		m.str("identity", identityNames[c.Identity-1])
		if q := c.IdentitySequence; q != nil {
			ref := &model.ColumnRef{Table: t.QualifiedName(), Column: c.Name}
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

func encodeConstraint(s *model.Schema, t model.Table, c model.Constraint) *yaml.Node {
	m := newMap(true)
	switch c.Kind {
	case model.PrimaryKey:
		m.add("primary_key", strSeq(c.Columns))
	case model.Unique:
		m.add("unique", strSeq(c.Columns))
	case model.ForeignKey:
		m.add("foreign_key", strSeq(c.Columns))
	case model.Check:
		m.add("check", strNode(c.Expression))
	case model.Exclusion:
		m.add("exclude", strNode(strings.TrimPrefix(c.Definition, "EXCLUDE ")))
	}
	m.boolean("without_overlaps", c.WithoutOverlaps)
	m.boolean("period", c.Period)
	m.strings("include", c.Include)
	m.options("with", c.IndexOptions)
	m.boolean("nulls_not_distinct", c.NullsNotDistinct)
	if c.Kind == model.ForeignKey {
		m.add("references", qualifiedNode(c.References, t.Schema))
		if !refsPrimaryKey(s, c) {
			m.add("columns", strSeq(c.RefColumns))
		}
		if c.OnDelete != model.NoAction && int(c.OnDelete) < len(fkActionNames) {
			m.str("on_delete", fkActionNames[c.OnDelete])
		}
		if c.OnUpdate != model.NoAction && int(c.OnUpdate) < len(fkActionNames) {
			m.str("on_update", fkActionNames[c.OnUpdate])
		}
		m.strings("on_delete_columns", c.OnDeleteColumns)
		if c.Match != model.MatchSimple && int(c.Match) < len(matchNames) {
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
func refsPrimaryKey(s *model.Schema, c model.Constraint) bool {
	ref := s.Table(c.References)
	if ref == nil {
		return false
	}
	pk := primaryKey(ref)
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

func indexesNode(indexes []model.Index) *yaml.Node {
	m := newMap(false)
	for _, ix := range indexes {
		m.add(ix.Name, encodeIndex(ix))
	}
	return m.n
}

func encodeIndex(ix model.Index) *yaml.Node {
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

func encodeIndexKey(k model.IndexKey) *yaml.Node {
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
