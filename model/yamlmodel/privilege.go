package yamlmodel

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// The keys of the privileges: section, in the canonical order.
var (
	privilegesKeys       = []string{"schemas", "default_privileges"}
	privSchemaKeys       = []string{"owner", "grants", "grantable", "revokes", "tables", "views", "sequences", "functions", "types"}
	privObjectKeys       = []string{"owner", "grants", "grantable", "revokes"}
	privRelationKeys     = []string{"owner", "grants", "grantable", "revokes", "columns"}
	privColumnKeys       = []string{"grants", "grantable"}
	defaultPrivilegeKeys = []string{"for_role", "in_schema", "objects", "grants", "grantable", "revokes"}

	// privSections are the keys of a schema's objects, with the kind each
	// stands for until finish resolves views (or materialized views) and
	// functions (or procedures, aggregates) against the model.
	privSections = []struct {
		key  string
		kind model.SecurableKind
	}{
		{"tables", model.SecurableTable}, {"views", model.SecurableView}, {"sequences", model.SecurableSequence},
		{"functions", model.SecurableFunction}, {"types", model.SecurableType},
	}
	defaultKindKeys = []string{"", "tables", "sequences", "functions", "types", "schemas"}
)

// newestMajor is a major later than any: the privileges PrivilegesOn gives
// for it are all those PostgreSQL has. A YAML model may name any of them,
// and its all stands for them: a plan for an older server leaves out what
// that server lacks (MAINTAIN before 17; see diff).
const newestMajor = math.MaxInt

// privilegeDecoding is what decoding privileges: sections leaves for
// finish: where each object is named, to report one the model lacks.
type privilegeDecoding struct {
	at map[model.Securable]Error
}

// privileges decodes the top-level privileges: key.
func (d *decoded) privileges(r *reader, f field) error {
	if d.s.Privileges == nil {
		d.s.Privileges = &model.Privileges{}
	}
	fields, err := r.mapping(f.value, f.path, "a mapping with keys schemas, default_privileges", privilegesKeys)
	if err != nil {
		return err
	}
	for _, pf := range fields {
		switch pf.key {
		case "schemas":
			err = d.privilegeSchemas(r, pf)
		case "default_privileges":
			err = d.defaultPrivileges(r, pf)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (d *decoded) privilegeSchemas(r *reader, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of schema names", nil)
	if err != nil {
		return err
	}
	for _, sf := range fields {
		attrs, err := r.mapping(sf.value, sf.path, "a mapping", privSchemaKeys)
		if err != nil {
			return err
		}
		var own []field
		for _, a := range attrs {
			switch a.key {
			case "owner", "grants", "grantable", "revokes":
				own = append(own, a)
			default:
				if err := d.privilegeObjects(r, sf.key, a); err != nil {
					return err
				}
			}
		}
		if len(own) > 0 {
			o := model.Securable{Kind: model.SecurableSchema, Name: sf.key}
			if err := d.privilegeObject(r, o, sf, own); err != nil {
				return err
			}
		}
	}
	return nil
}

// privilegeObjects decodes one section (tables, views, ...) of a schema.
func (d *decoded) privilegeObjects(r *reader, schema string, f field) error {
	i := slices.IndexFunc(privSections, func(s struct {
		key  string
		kind model.SecurableKind
	}) bool {
		return s.key == f.key
	})
	kind := privSections[i].kind
	fields, err := r.mapping(f.value, f.path, "a mapping of "+f.key+" by name", nil)
	if err != nil {
		return err
	}
	for _, of := range fields {
		o := model.Securable{Kind: kind, Schema: schema, Name: of.key}
		if kind == model.SecurableFunction {
			name, args, ok := splitSignature(of.key)
			if !ok {
				return r.errorf(of.keyN, of.path, "bad function signature %q; expected name(identity arguments), e.g. \"add(integer, integer)\"", of.key)
			}
			o.Name, o.Args = name, args
		}
		keys := privObjectKeys
		if kind == model.SecurableTable || kind == model.SecurableView {
			keys = privRelationKeys
		}
		attrs, err := r.mapping(of.value, of.path, "a mapping", keys)
		if err != nil {
			return err
		}
		if err := d.privilegeObject(r, o, of, attrs); err != nil {
			return err
		}
	}
	return nil
}

// privilegeObject decodes the owner and privileges of one object.
func (d *decoded) privilegeObject(r *reader, o model.Securable, f field, attrs []field) error {
	what := "the privileges of " + o.String()
	if err := d.define(r, "privileges "+o.String(), f.keyN, f.path, what); err != nil {
		return err
	}
	if d.privAt == nil {
		d.privAt = &privilegeDecoding{at: map[model.Securable]Error{}}
	}
	d.privAt.at[o] = Error{File: r.file, Line: f.keyN.Line, Column: f.keyN.Column, Path: f.path}
	p := d.s.Privileges
	owner := ""
	for _, a := range attrs {
		if a.key == "owner" {
			var err error
			if owner, err = r.name(a.value, a.path); err != nil {
				return err
			}
			p.Owners = append(p.Owners, model.Owner{Object: o, Role: owner})
		}
	}
	all := o.Kind.PrivilegesOn(newestMajor)
	var grants privilegeMap
	for _, a := range attrs {
		var err error
		switch a.key {
		case "grants", "grantable":
			grants, err = r.grantees(a, all, grants)
		case "revokes":
			err = d.revokes(r, o, owner, a)
		case "columns":
			err = d.columnGrants(r, o, a)
		}
		if err != nil {
			return err
		}
	}
	for _, g := range grants.list() {
		if !g.grantable {
			// What the owner and PUBLIC hold by default is not a grant.
			var implied []string
			switch {
			case g.grantee == "public":
				implied = o.Kind.PublicPrivileges()
			case g.grantee == owner:
				implied = all
			}
			for _, priv := range g.privileges {
				if slices.Contains(implied, priv) {
					return r.errorf(g.at, g.path, "%s holds %s on %s by default; leave it out (or list it under grantable)",
						granteeName(g.grantee), strings.ToLower(priv), o)
				}
			}
		}
		p.Grants = append(p.Grants, model.Grant{Object: o, Grantee: g.grantee, Privileges: g.privileges, Grantable: g.grantable})
	}
	return nil
}

func granteeName(g string) string {
	if g == "public" {
		return "PUBLIC"
	}
	return g
}

// revokes decodes the default privileges an object lacks: only its owner
// and PUBLIC hold any.
func (d *decoded) revokes(r *reader, o model.Securable, owner string, f field) error {
	all := o.Kind.PrivilegesOn(newestMajor)
	m, err := r.grantees(f, all, nil)
	if err != nil {
		return err
	}
	for _, g := range m.list() {
		held := all
		if g.grantee == "public" {
			held = o.Kind.PublicPrivileges()
		} else if owner != "" && g.grantee != owner {
			return r.errorf(g.at, g.path, "%s is not the owner (%s); revokes take away the default privileges, which only the owner and public hold",
				g.grantee, owner)
		}
		for _, priv := range g.privileges {
			if !slices.Contains(held, priv) {
				return r.errorf(g.at, g.path, "%s holds no %s on %s by default; expected one of %s",
					granteeName(g.grantee), strings.ToLower(priv), o, lowerList(held))
			}
		}
		d.s.Privileges.Revokes = append(d.s.Privileges.Revokes, model.Revoke{Object: o, Grantee: g.grantee, Privileges: g.privileges})
	}
	return nil
}

func lowerList(privileges []string) string {
	if len(privileges) == 0 {
		return "nothing"
	}
	return strings.ToLower(strings.Join(privileges, ", "))
}

// columnGrants decodes columns: {name: {grants: ..., grantable: ...}}.
func (d *decoded) columnGrants(r *reader, o model.Securable, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of column names", nil)
	if err != nil {
		return err
	}
	for _, cf := range fields {
		attrs, err := r.mapping(cf.value, cf.path, "a mapping", privColumnKeys)
		if err != nil {
			return err
		}
		var m privilegeMap
		for _, a := range attrs {
			if m, err = r.grantees(a, model.ColumnPrivileges, m); err != nil {
				return err
			}
		}
		for _, g := range m.list() {
			d.s.Privileges.Grants = append(d.s.Privileges.Grants,
				model.Grant{Object: o, Column: cf.key, Grantee: g.grantee, Privileges: g.privileges, Grantable: g.grantable})
		}
	}
	return nil
}

// A privilegeMap collects the privileges of grantees from grants: and
// grantable: ({role: [privilege, ...]}).
type privilegeMap map[string]*granteePrivileges

type granteePrivileges struct {
	plain, grantable []string
	at               *yaml.Node // the grantee's first key, for errors
	path             string
}

// A granteeEntry is one grantee's privileges with or without grant option.
type granteeEntry struct {
	grantee    string
	privileges []string
	grantable  bool
	at         *yaml.Node
	path       string
}

// list returns the entries sorted by grantee, without grant option first.
func (m privilegeMap) list() []granteeEntry {
	names := make([]string, 0, len(m))
	for g := range m {
		names = append(names, g)
	}
	sort.Strings(names)
	var out []granteeEntry
	for _, g := range names {
		e := m[g]
		if len(e.plain) > 0 {
			out = append(out, granteeEntry{g, e.plain, false, e.at, e.path})
		}
		if len(e.grantable) > 0 {
			out = append(out, granteeEntry{g, e.grantable, true, e.at, e.path})
		}
	}
	return out
}

// grantees decodes {role: [privilege, ...]} into m (made when nil): a
// grants: or revokes: mapping without grant option, a grantable: one
// with. Privileges are written in lower case, or "all" for every one in
// valid; a privilege listed twice for a grantee is an error.
func (r *reader) grantees(f field, valid []string, m privilegeMap) (privilegeMap, error) {
	if m == nil {
		m = privilegeMap{}
	}
	fields, err := r.mapping(f.value, f.path, "a mapping of roles (public for PUBLIC) to privileges, e.g. {reader: [select]}", nil)
	if err != nil {
		return nil, err
	}
	for _, gf := range fields {
		names, err := r.strings(gf.value, gf.path, "privileges")
		if err != nil {
			return nil, err
		}
		e := m[gf.key]
		if e == nil {
			e = &granteePrivileges{at: gf.keyN, path: gf.path}
			m[gf.key] = e
		}
		v, _ := r.deref(gf.value, gf.path)
		for i, name := range names {
			var privs []string
			if strings.EqualFold(name, "all") {
				privs = valid
			} else if p := strings.ToUpper(name); slices.Contains(valid, p) {
				privs = []string{p}
			} else {
				return nil, r.errorf(v.Content[i], fmt.Sprintf("%s[%d]", gf.path, i), "bad privilege %q; expected one of %s, all",
					name, lowerList(valid))
			}
			for _, p := range privs {
				if slices.Contains(e.plain, p) || slices.Contains(e.grantable, p) {
					return nil, r.errorf(v.Content[i], fmt.Sprintf("%s[%d]", gf.path, i),
						"%s is listed twice for %s; list it once (under grantable for the grant option)", strings.ToLower(p), gf.key)
				}
				if f.key == "grantable" {
					e.grantable = append(e.grantable, p)
				} else {
					e.plain = append(e.plain, p)
				}
			}
		}
		sort.Strings(e.plain)
		sort.Strings(e.grantable)
	}
	return m, nil
}

// defaultPrivileges decodes default_privileges: a list of entries, one per
// role, schema and kind of object.
func (d *decoded) defaultPrivileges(r *reader, f field) error {
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return err
	}
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		return r.errorf(v, f.path, "got %s; expected a sequence of {for_role, in_schema, objects, grants, grantable, revokes}", describe(v))
	}
	for i, item := range v.Content {
		path := fmt.Sprintf("%s[%d]", f.path, i)
		attrs, err := r.mapping(item, path, "a mapping", defaultPrivilegeKeys)
		if err != nil {
			return err
		}
		var role, schema string
		var on model.DefaultKind
		byKey := map[string]field{}
		for _, a := range attrs {
			byKey[a.key] = a
			switch a.key {
			case "for_role":
				role, err = r.name(a.value, a.path)
			case "in_schema":
				schema, err = r.name(a.value, a.path)
			case "objects":
				on, err = enumValue(r, a.value, a.path, defaultKindKeys[1:],
					[]model.DefaultKind{model.DefaultTables, model.DefaultSequences, model.DefaultFunctions, model.DefaultTypes, model.DefaultSchemas})
			}
			if err != nil {
				return err
			}
		}
		item, _ = r.deref(item, path)
		for _, k := range []string{"for_role", "objects"} {
			if _, ok := byKey[k]; !ok {
				return r.errorf(item, path, "missing key %q; expected e.g. {for_role: app, objects: tables, grants: {reader: [select]}}", k)
			}
		}
		if on == model.DefaultSchemas && schema != "" {
			a := byKey["in_schema"]
			return r.errorf(a.keyN, a.path, "default privileges on schemas apply to the whole database; leave in_schema out")
		}
		key := fmt.Sprintf("default privileges for %s on %s", role, defaultKindKeys[on])
		if schema != "" {
			key += " in schema " + schema
		}
		if err := d.define(r, key, item, path, "the "+key); err != nil {
			return err
		}
		all := on.PrivilegesOn(newestMajor)
		var grants privilegeMap
		for _, k := range []string{"grants", "grantable"} {
			if a, ok := byKey[k]; ok {
				if grants, err = r.grantees(a, all, grants); err != nil {
					return err
				}
			}
		}
		p := d.s.Privileges
		for _, g := range grants.list() {
			if schema == "" && !g.grantable {
				implied := on.PublicPrivileges()
				if g.grantee == role {
					implied = all
				}
				for _, priv := range g.privileges {
					if slices.Contains(implied, priv) {
						return r.errorf(g.at, g.path, "%s holds %s on new %s by default; leave it out (or list it under grantable)",
							granteeName(g.grantee), strings.ToLower(priv), defaultKindKeys[on])
					}
				}
			}
			p.DefaultGrants = append(p.DefaultGrants, model.DefaultGrant{Role: role, Schema: schema, On: on,
				Grantee: g.grantee, Privileges: g.privileges, Grantable: g.grantable})
		}
		a, ok := byKey["revokes"]
		if !ok {
			continue
		}
		if schema != "" {
			return r.errorf(a.keyN, a.path, "default privileges in a schema can only add to those of the whole database; move revokes to an entry without in_schema")
		}
		revokes, err := r.grantees(a, all, nil)
		if err != nil {
			return err
		}
		for _, g := range revokes.list() {
			held := all
			switch g.grantee {
			case "public":
				held = on.PublicPrivileges()
			case role:
			default:
				return r.errorf(g.at, g.path, "%s is not %s; revokes take away the default privileges, which only the role itself and public hold", g.grantee, role)
			}
			for _, priv := range g.privileges {
				if !slices.Contains(held, priv) {
					return r.errorf(g.at, g.path, "%s holds no %s on new %s by default; expected one of %s",
						granteeName(g.grantee), strings.ToLower(priv), defaultKindKeys[on], lowerList(held))
				}
			}
			p.DefaultRevokes = append(p.DefaultRevokes, model.DefaultRevoke{Role: role, On: on, Grantee: g.grantee, Privileges: g.privileges})
		}
	}
	return nil
}

// mergePrivileges adds the privileges of o (a later file) to d.
func (d *decoded) mergePrivileges(o *decoded) {
	if o.s.Privileges == nil {
		return
	}
	if d.s.Privileges == nil {
		d.s.Privileges = &model.Privileges{}
	}
	p, q := d.s.Privileges, o.s.Privileges
	p.Owners = append(p.Owners, q.Owners...)
	p.Grants = append(p.Grants, q.Grants...)
	p.Revokes = append(p.Revokes, q.Revokes...)
	p.DefaultGrants = append(p.DefaultGrants, q.DefaultGrants...)
	p.DefaultRevokes = append(p.DefaultRevokes, q.DefaultRevokes...)
	if o.privAt != nil {
		if d.privAt == nil {
			d.privAt = &privilegeDecoding{at: map[model.Securable]Error{}}
		}
		for k, v := range o.privAt.at {
			d.privAt.at[k] = v
		}
	}
}

// finishPrivileges checks that every object privileges: names is in the
// model, and gives views and functions their exact kind (materialized
// view; procedure, aggregate), which only the model knows. Columns must be
// columns of the table or view, where the model lists them.
func (d *decoded) finishPrivileges() error {
	p := d.s.Privileges
	if p == nil || d.privAt == nil {
		return nil
	}
	// An object as the YAML names it: views and functions under one kind.
	named := func(o model.Securable) model.Securable {
		switch o.Kind {
		case model.SecurableMaterializedView:
			o.Kind = model.SecurableView
		case model.SecurableProcedure, model.SecurableAggregate:
			o.Kind = model.SecurableFunction
		}
		return o
	}
	exact := map[model.Securable]model.SecurableKind{}
	for _, o := range d.s.SecurableObjects() {
		if o.Kind == model.SecurableSchema {
			continue
		}
		exact[named(o.Securable)] = o.Kind
	}
	objects := make([]model.Securable, 0, len(d.privAt.at))
	for o := range d.privAt.at {
		objects = append(objects, o)
	}
	sort.Slice(objects, func(i, j int) bool { return objects[i].Less(objects[j]) })
	for _, o := range objects {
		if _, ok := exact[o]; !ok && o.Kind != model.SecurableSchema {
			e := d.privAt.at[o]
			e.Message = fmt.Sprintf("%s is not in the model; name an object the model defines", o)
			return &e
		}
	}
	resolve := func(o *model.Securable) {
		if o.Kind != model.SecurableSchema {
			o.Kind = exact[*o]
		}
	}
	for i := range p.Owners {
		resolve(&p.Owners[i].Object)
	}
	for i := range p.Grants {
		g := &p.Grants[i]
		if g.Column != "" && !hasColumn(&d.s, g.Object, g.Column) {
			e := d.privAt.at[g.Object]
			e.Path += ".columns." + g.Column
			e.Message = fmt.Sprintf("%s has no column %s", g.Object, g.Column)
			return &e
		}
		resolve(&g.Object)
	}
	for i := range p.Revokes {
		resolve(&p.Revokes[i].Object)
	}
	return nil
}

// hasColumn reports whether the table o of s (as the YAML names it) has the
// column; true when the model does not list all its columns: a view's
// (the YAML lists only those with a comment), a partition's or an
// inheritance child's.
func hasColumn(s *model.Schema, o model.Securable, column string) bool {
	t := s.Table(model.QualifiedName{Schema: o.Schema, Name: o.Name})
	if o.Kind != model.SecurableTable || t == nil || t.PartitionOf != nil || len(t.Inherits) > 0 || t.Column(column) != nil {
		return true
	}
	return slices.ContainsFunc(t.InheritedColumns, func(c model.Column) bool { return c.Name == column })
}
