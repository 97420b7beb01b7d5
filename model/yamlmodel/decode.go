package yamlmodel

import (
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// The keys of each mapping, in the canonical (encoding) order.
var (
	topKeys       = []string{"extensions", "schemas", "privileges"}
	extensionKeys = []string{"schema", "version", "requires", "comment"}
	schemaKeys    = []string{"comment", "collations", "enums", "domains", "composites", "ranges", "sequences", "functions", "tables", "views", "text_search_dictionaries", "text_search_configs", "statistics", "renamed_from"}
	enumKeys      = []string{"labels", "removed_labels", "comment", "renamed_from"}
	sequenceKeys  = []string{"type", "start", "increment", "min", "max", "cache", "cycle", "owned_by", "comment"}
	identSeqKeys  = []string{"name", "type", "start", "increment", "min", "max", "cache", "cycle", "comment"}
)

// decoded is the model of one file, or of several merged, before the
// cross-file defaults are filled in.
type decoded struct {
	s model.Schema
	// origins says where each object was defined, so that a second
	// definition in another file can name the first.
	origins map[string]origin
	// fks are the foreign keys that omit the referenced columns.
	fks []pendingFK
	// privAt says where privileges: names each object (privilege.go).
	privAt *privilegeDecoding
}

// An origin is where an object is defined.
type origin struct {
	what string // e.g. "table public.orders"
	at   Error
}

func (o origin) String() string { return pos(o.at.File, o.at.Line, o.at.Column) }

// A pendingFK is a foreign key whose referenced columns default to the
// referenced table's primary key, known once every file is read.
type pendingFK struct {
	table      model.QualifiedName
	constraint string
	at         *Error // position and path for an error
}

func decodeFile(name string, data []byte) (*decoded, error) {
	r := &reader{file: name}
	d := &decoded{origins: map[string]origin{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, syntaxError(name, err)
	}
	if doc.Kind == 0 {
		return d, nil // an empty file
	}
	if len(doc.Content) != 1 {
		return nil, r.errorf(&doc, "", "got %s; expected one YAML document", describe(&doc))
	}
	fields, err := r.mapping(doc.Content[0], "", "a mapping with keys extensions, schemas", topKeys)
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		switch f.key {
		case "extensions":
			err = d.extensions(r, f)
		case "schemas":
			err = d.schemas(r, f)
		case "privileges":
			err = d.privileges(r, f)
		}
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}

// syntaxError turns a YAML parser error ("yaml: line 3: did not find
// expected key") into a *Error.
func syntaxError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ": "); i > 0 {
			n := 0
			for _, c := range rest[:i] {
				if c < '0' || c > '9' {
					n = -1
					break
				}
				n = n*10 + int(c-'0')
			}
			if n >= 0 {
				line, msg = n, rest[i+2:]
			}
		}
	}
	return &Error{File: name, Line: line, Column: 0, Message: "invalid YAML: " + msg}
}

// define records where an object was defined and rejects a second
// definition.
func (d *decoded) define(r *reader, key string, n *yaml.Node, path, what string) error {
	if first, ok := d.origins[key]; ok {
		return r.errorf(n, path, "%s is defined twice; first at %s", what, first)
	}
	d.origins[key] = origin{what: what, at: Error{File: r.file, Line: n.Line, Column: n.Column, Path: path}}
	return nil
}

func (d *decoded) extensions(r *reader, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of extension names", nil)
	if err != nil {
		return err
	}
	for _, e := range fields {
		x := model.Extension{Name: e.key}
		v, err := r.deref(e.value, e.path)
		if err != nil {
			return err
		}
		if v.Kind == yaml.ScalarNode {
			if x.Schema, err = r.name(v, e.path); err != nil {
				return err
			}
		} else {
			attrs, err := r.mapping(v, e.path, "a schema name or a mapping", extensionKeys)
			if err != nil {
				return err
			}
			for _, a := range attrs {
				switch a.key {
				case "schema":
					x.Schema, err = r.name(a.value, a.path)
				case "version":
					x.Version, err = r.str(a.value, a.path)
				case "requires":
					x.Requires, err = r.strings(a.value, a.path, "extension names")
				case "comment":
					x.Comment, err = r.str(a.value, a.path)
				}
				if err != nil {
					return err
				}
			}
			if x.Schema == "" {
				return r.errorf(v, e.path, "missing key \"schema\"; expected the schema the extension is installed in")
			}
		}
		if err := d.define(r, "extension "+x.Name, e.keyN, e.path, "extension "+x.Name); err != nil {
			return err
		}
		d.s.Extensions = append(d.s.Extensions, x)
	}
	return nil
}

func (d *decoded) schemas(r *reader, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of schema names", nil)
	if err != nil {
		return err
	}
	for _, sf := range fields {
		ns := model.Namespace{Name: sf.key}
		attrs, err := r.mapping(sf.value, sf.path, "a mapping", schemaKeys)
		if err != nil {
			return err
		}
		for _, a := range attrs {
			switch a.key {
			case "renamed_from":
				if ns.RenamedFrom, err = r.renamedFrom(a.value, a.path); err == nil {
					err = d.define(r, "schema renamed_from "+ns.Name, a.keyN, a.path, "the renamed_from of schema "+ns.Name)
				}
			case "comment":
				if ns.Comment, err = r.str(a.value, a.path); err == nil {
					err = d.define(r, "schema comment "+ns.Name, a.keyN, a.path, "the comment of schema "+ns.Name)
				}
			case "enums":
				err = d.enums(r, ns.Name, a)
			case "domains":
				err = d.domains(r, ns.Name, a)
			case "composites":
				err = d.composites(r, ns.Name, a)
			case "functions":
				err = d.functions(r, ns.Name, a)
			case "views":
				err = d.views(r, ns.Name, a)
			case "sequences":
				err = d.sequences(r, ns.Name, a)
			case "tables":
				err = d.tables(r, ns.Name, a)
			case "collations":
				err = d.collations(r, ns.Name, a)
			case "ranges":
				err = d.ranges(r, ns.Name, a)
			case "text_search_dictionaries":
				err = d.textSearchDictionaries(r, ns.Name, a)
			case "text_search_configs":
				err = d.textSearchConfigs(r, ns.Name, a)
			case "statistics":
				err = d.statistics(r, ns.Name, a)
			}
			if err != nil {
				return err
			}
		}
		d.addNamespace(ns)
	}
	return nil
}

// addNamespace adds ns, or its comment to the namespace already there.
func (d *decoded) addNamespace(ns model.Namespace) {
	for i := range d.s.Namespaces {
		if d.s.Namespaces[i].Name == ns.Name {
			if ns.Comment != "" {
				d.s.Namespaces[i].Comment = ns.Comment
			}
			if ns.RenamedFrom != "" {
				d.s.Namespaces[i].RenamedFrom = ns.RenamedFrom
			}
			return
		}
	}
	d.s.Namespaces = append(d.s.Namespaces, ns)
}

func (d *decoded) enums(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of enum names", nil)
	if err != nil {
		return err
	}
	for _, ef := range fields {
		e := model.Enum{Schema: schema, Name: ef.key}
		v, err := r.deref(ef.value, ef.path)
		if err != nil {
			return err
		}
		if v.Kind == yaml.SequenceNode {
			err = r.labels(v, ef.path, &e)
		} else {
			var attrs []field
			attrs, err = r.mapping(v, ef.path, "a sequence of labels or a mapping", enumKeys)
			for _, a := range attrs {
				if err != nil {
					break
				}
				switch a.key {
				case "renamed_from":
					e.RenamedFrom, err = r.renamedFrom(a.value, a.path)
				case "labels":
					err = r.labels(a.value, a.path, &e)
				case "removed_labels":
					e.RemovedLabels, err = r.removedLabels(a.value, a.path)
				case "comment":
					e.Comment, err = r.str(a.value, a.path)
				}
			}
		}
		if err != nil {
			return err
		}
		if len(e.Labels) == 0 {
			return r.errorf(v, ef.path, "an enum needs labels; expected e.g. [new, paid]")
		}
		name := e.QualifiedName().String()
		if err := d.define(r, "enum "+name, ef.keyN, ef.path, "enum "+name); err != nil {
			return err
		}
		d.s.Enums = append(d.s.Enums, e)
	}
	return nil
}

func (d *decoded) sequences(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of sequence names", nil)
	if err != nil {
		return err
	}
	for _, sf := range fields {
		seq := model.Sequence{Schema: schema, Name: sf.key, Type: "bigint"}
		if err := r.sequence(sf.value, sf.path, &seq, sequenceKeys); err != nil {
			return err
		}
		name := seq.QualifiedName().String()
		if err := d.define(r, "sequence "+name, sf.keyN, sf.path, "sequence "+name); err != nil {
			return err
		}
		d.s.Sequences = append(d.s.Sequences, seq)
	}
	return nil
}

// sequence reads a sequence's options into seq (whose Schema, Name and
// Type hold the defaults) and fills in the rest of the defaults.
func (r *reader) sequence(n *yaml.Node, path string, seq *model.Sequence, keys []string) error {
	attrs, err := r.mapping(n, path, "a mapping of sequence options", keys)
	if err != nil {
		return err
	}
	var start, min, max *int64
	seq.Increment, seq.Cache = 1, 1
	for _, a := range attrs {
		var v int64
		switch a.key {
		case "name":
			var q model.QualifiedName
			if q, err = r.qualified(a.value, a.path, seq.Schema); err == nil {
				seq.Schema, seq.Name = q.Schema, q.Name
			}
		case "type":
			var t string
			if t, err = r.str(a.value, a.path); err == nil {
				if seq.Type = integerTypes[strings.ToLower(t)]; seq.Type == "" {
					v, _ := r.deref(a.value, a.path)
					err = r.errorf(v, a.path, "bad value %q; expected one of smallint, integer, bigint", t)
				}
			}
		case "start", "increment", "min", "max", "cache":
			if v, err = r.integer(a.value, a.path); err != nil {
				break
			}
			switch a.key {
			case "start":
				start = &v
			case "increment":
				if v == 0 {
					n, _ := r.deref(a.value, a.path)
					err = r.errorf(n, a.path, "got 0; expected a non-zero increment")
				}
				seq.Increment = v
			case "min":
				min = &v
			case "max":
				max = &v
			case "cache":
				seq.Cache = v
			}
		case "cycle":
			seq.Cycle, err = r.boolean(a.value, a.path)
		case "owned_by":
			seq.OwnedBy, err = r.columnRef(a.value, a.path, seq.Schema)
		case "comment":
			seq.Comment, err = r.str(a.value, a.path)
		}
		if err != nil {
			return err
		}
	}
	seq.Min, seq.Max, seq.Start = sequenceDefaults(seq.Type, seq.Increment, min, max)
	if start != nil {
		seq.Start = *start
	}
	return nil
}

// merge adds the objects of o (a later file) to d.
func (d *decoded) merge(o *decoded) error {
	keys := make([]string, 0, len(o.origins))
	for key := range o.origins {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		if first, ok := d.origins[key]; ok {
			second := o.origins[key]
			e := second.at
			e.Message = second.what + " is defined twice; first at " + first.String()
			return &e
		}
	}
	for key, at := range o.origins {
		d.origins[key] = at
	}
	for _, ns := range o.s.Namespaces {
		d.addNamespace(ns)
	}
	d.s.Extensions = append(d.s.Extensions, o.s.Extensions...)
	d.s.Enums = append(d.s.Enums, o.s.Enums...)
	d.s.Domains = append(d.s.Domains, o.s.Domains...)
	d.s.Composites = append(d.s.Composites, o.s.Composites...)
	d.s.Functions = append(d.s.Functions, o.s.Functions...)
	d.s.Sequences = append(d.s.Sequences, o.s.Sequences...)
	d.s.Tables = append(d.s.Tables, o.s.Tables...)
	d.s.Views = append(d.s.Views, o.s.Views...)
	d.s.Collations = append(d.s.Collations, o.s.Collations...)
	d.s.Ranges = append(d.s.Ranges, o.s.Ranges...)
	d.s.TextSearchDictionaries = append(d.s.TextSearchDictionaries, o.s.TextSearchDictionaries...)
	d.s.TextSearchConfigs = append(d.s.TextSearchConfigs, o.s.TextSearchConfigs...)
	d.s.Statistics = append(d.s.Statistics, o.s.Statistics...)
	d.fks = append(d.fks, o.fks...)
	d.mergePrivileges(o)
	return nil
}

// finish fills in what needs the whole model (referenced primary keys,
// column references to the model's enums, domains and composite types) and
// returns the sorted schema.
func (d *decoded) finish() (*model.Schema, error) {
	s := &d.s
	for _, fk := range d.fks {
		t := s.Table(fk.table)
		c := constraintNamed(t, fk.constraint)
		ref := s.Table(c.References)
		if ref == nil {
			e := *fk.at
			e.Message = fmt.Sprintf("references %s, which is not in the model; expected columns: [the referenced columns]", c.References)
			return nil, &e
		}
		pk := primaryKey(ref)
		if pk == nil {
			e := *fk.at
			e.Message = fmt.Sprintf("references %s, which has no primary key; expected columns: [the referenced columns]", c.References)
			return nil, &e
		}
		if len(pk.Columns) != len(c.Columns) {
			e := *fk.at
			e.Message = fmt.Sprintf("%d columns reference the %d primary key columns of %s; expected columns: [the referenced columns]",
				len(c.Columns), len(pk.Columns), c.References)
			return nil, &e
		}
		c.RefColumns = append([]string(nil), pk.Columns...)
	}
	types := typeRefTargets(s)
	for i := range s.Tables {
		for j := range s.Tables[i].Columns {
			c := &s.Tables[i].Columns[j]
			if q, ok := typeRef(c.Type); ok && types[q] {
				c.TypeRef = q
			}
		}
	}
	if err := d.finishPrivileges(); err != nil {
		return nil, err
	}
	s.Sort()
	return s, nil
}

// constraintNamed returns the constraint of t with the given name, or nil.
func constraintNamed(t *model.Table, name string) *model.Constraint {
	for i := range t.Constraints {
		if t.Constraints[i].Name == name {
			return &t.Constraints[i]
		}
	}
	return nil
}

// primaryKey returns the primary key constraint of t, or nil.
func primaryKey(t *model.Table) *model.Constraint {
	for i := range t.Constraints {
		if t.Constraints[i].Kind == model.PrimaryKey {
			return &t.Constraints[i]
		}
	}
	return nil
}

// typeRefTargets returns the types of s that the decoder points a column's
// TypeRef at: enums, domains, composite types, range and multirange types.
func typeRefTargets(s *model.Schema) map[model.QualifiedName]bool {
	types := map[model.QualifiedName]bool{}
	for _, e := range s.Enums {
		types[e.QualifiedName()] = true
	}
	for _, d := range s.Domains {
		types[d.QualifiedName()] = true
	}
	for _, c := range s.Composites {
		types[c.QualifiedName()] = true
	}
	for _, rt := range s.Ranges {
		types[rt.QualifiedName()] = true
		types[model.QualifiedName{Schema: rt.Schema, Name: rt.MultirangeName()}] = true
	}
	return types
}
