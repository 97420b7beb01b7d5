package yamlmodel

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// privilegesNode writes the privileges: section (s is sorted): objects by
// schema and section, then the default privileges.
func privilegesNode(s *model.Schema) *yaml.Node {
	p := s.Privileges
	root := newMap(false)
	type entry struct {
		owner            string
		grants, grantabl map[string][]string
		revokes          map[string][]string
		columns          map[string]*entry
	}
	objects := map[model.Securable]*entry{}
	get := func(o model.Securable) *entry {
		if objects[o] == nil {
			objects[o] = &entry{grants: map[string][]string{}, grantabl: map[string][]string{}, revokes: map[string][]string{}, columns: map[string]*entry{}}
		}
		return objects[o]
	}
	for _, o := range p.Owners {
		get(o.Object).owner = o.Role
	}
	for _, g := range p.Grants {
		e := get(g.Object)
		if g.Column != "" {
			if e.columns[g.Column] == nil {
				e.columns[g.Column] = &entry{grants: map[string][]string{}, grantabl: map[string][]string{}}
			}
			e = e.columns[g.Column]
		}
		if g.Grantable {
			e.grantabl[g.Grantee] = append(e.grantabl[g.Grantee], g.Privileges...)
		} else {
			e.grants[g.Grantee] = append(e.grants[g.Grantee], g.Privileges...)
		}
	}
	for _, r := range p.Revokes {
		e := get(r.Object)
		e.revokes[r.Grantee] = append(e.revokes[r.Grantee], r.Privileges...)
	}
	encode := func(m mapBuilder, e *entry, all func([]string) bool) {
		m.str("owner", e.owner)
		for _, part := range []struct {
			key  string
			list map[string][]string
		}{{"grants", e.grants}, {"grantable", e.grantabl}, {"revokes", e.revokes}} {
			if len(part.list) > 0 {
				m.add(part.key, granteesNode(part.list, all))
			}
		}
	}
	sorted := make([]model.Securable, 0, len(objects))
	for o := range objects {
		sorted = append(sorted, o)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Less(sorted[j]) })
	schemas := map[string]mapBuilder{}
	var schemaNames []string
	schemaNode := func(name string) mapBuilder {
		if _, ok := schemas[name]; !ok {
			schemas[name] = newMap(false)
			schemaNames = append(schemaNames, name)
		}
		return schemas[name]
	}
	for _, o := range sorted {
		if o.Kind == model.SecurableSchema {
			encode(schemaNode(o.Name), objects[o], writesAll(s.Major, o.Kind.PrivilegesOn))
		} else {
			schemaNode(o.Schema)
		}
	}
	for _, name := range schemaNames {
		sm := schemas[name]
		for _, sec := range privSections {
			section := newMap(false)
			for _, o := range sorted {
				if o.Kind == model.SecurableSchema || o.Schema != name || privSection(o.Kind) != sec.key {
					continue
				}
				e := objects[o]
				om := newMap(true)
				encode(om, e, writesAll(s.Major, o.Kind.PrivilegesOn))
				if len(e.columns) > 0 {
					om.n.Style = 0
					cols := newMap(false)
					for _, c := range sortedNames(e.columns) {
						cm := newMap(true)
						encode(cm, e.columns[c], writesAll(s.Major, func(int) []string { return model.ColumnPrivileges }))
						cols.add(c, cm.n)
					}
					om.add("columns", cols.n)
				}
				key := o.Name
				if sec.kind == model.SecurableFunction {
					key = o.Name + "(" + o.Args + ")"
				}
				section.add(key, om.n)
			}
			if !section.empty() {
				sm.add(sec.key, section.n)
			}
		}
	}
	if len(schemaNames) > 0 {
		sort.Strings(schemaNames)
		all := newMap(false)
		for _, name := range schemaNames {
			all.add(name, schemas[name].n)
		}
		root.add("schemas", all.n)
	}
	if defaults := defaultPrivilegesNode(p, s.Major); defaults != nil {
		root.add("default_privileges", defaults)
	}
	if root.empty() {
		root.n.Style = yaml.FlowStyle
	}
	return root.n
}

// privSection is the key of a schema's section that holds objects of kind
// k.
func privSection(k model.SecurableKind) string {
	switch k {
	case model.SecurableTable:
		return "tables"
	case model.SecurableView, model.SecurableMaterializedView:
		return "views"
	case model.SecurableSequence:
		return "sequences"
	case model.SecurableFunction, model.SecurableProcedure, model.SecurableAggregate:
		return "functions"
	case model.SecurableType:
		return "types"
	}
	return ""
}

func sortedNames[T any](m map[string]T) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// writesAll returns whether the encoder writes a sorted list of privileges
// as all, for objects whose full set of privileges on a major is
// privilegesOn(major): when it is the full set of several on the schema's
// major (that of the server it was read from; 0, not read from one: the set
// every major has), or on the newest major, which all decodes to. So a
// table read on 15 whose grantee holds the 7 privileges, and one read on 17
// whose grantee holds 8, both write all; one read on 17 without MAINTAIN
// writes the 7 names.
func writesAll(major int, privilegesOn func(major int) []string) func(privileges []string) bool {
	return func(privileges []string) bool {
		all := privilegesOn(major)
		return len(all) > 1 && (slices.Equal(privileges, all) || slices.Equal(privileges, privilegesOn(newestMajor)))
	}
}

// granteesNode writes {role: [privilege, ...]}: lower case, "all" for the
// lists writesAll says are all.
func granteesNode(m map[string][]string, all func([]string) bool) *yaml.Node {
	out := newMap(true)
	for _, g := range sortedNames(m) {
		privs := slices.Clone(m[g])
		sort.Strings(privs)
		if all(privs) {
			privs = []string{"all"}
		}
		for i := range privs {
			privs[i] = strings.ToLower(privs[i])
		}
		out.add(g, strSeq(privs))
	}
	return out.n
}

// defaultPrivilegesNode writes the default privileges, one entry per role,
// schema and kind, for a schema read on major (writesAll); nil when there
// are none.
func defaultPrivilegesNode(p *model.Privileges, major int) *yaml.Node {
	type key struct {
		role, schema string
		on           model.DefaultKind
	}
	type entry struct{ grants, grantable, revokes map[string][]string }
	entries := map[key]*entry{}
	var keys []key
	get := func(k key) *entry {
		if entries[k] == nil {
			entries[k] = &entry{map[string][]string{}, map[string][]string{}, map[string][]string{}}
			keys = append(keys, k)
		}
		return entries[k]
	}
	for _, g := range p.DefaultGrants {
		e := get(key{g.Role, g.Schema, g.On})
		if g.Grantable {
			e.grantable[g.Grantee] = append(e.grantable[g.Grantee], g.Privileges...)
		} else {
			e.grants[g.Grantee] = append(e.grants[g.Grantee], g.Privileges...)
		}
	}
	for _, r := range p.DefaultRevokes {
		e := get(key{r.Role, "", r.On})
		e.revokes[r.Grantee] = append(e.revokes[r.Grantee], r.Privileges...)
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(strings.Compare(a.role, b.role), strings.Compare(a.schema, b.schema), cmp.Compare(a.on, b.on))
	})
	list := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, k := range keys {
		e := entries[k]
		m := newMap(false)
		m.str("for_role", k.role)
		m.str("in_schema", k.schema)
		if int(k.on) < len(defaultKindKeys) {
			m.str("objects", defaultKindKeys[k.on])
		}
		all := writesAll(major, k.on.PrivilegesOn)
		if len(e.grants) > 0 {
			m.add("grants", granteesNode(e.grants, all))
		}
		if len(e.grantable) > 0 {
			m.add("grantable", granteesNode(e.grantable, all))
		}
		if len(e.revokes) > 0 {
			m.add("revokes", granteesNode(e.revokes, all))
		}
		list.Content = append(list.Content, m.n)
	}
	return list
}
