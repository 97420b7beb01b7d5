package diff

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/retortdb/retort/model"
)

// collations describes collations to compareKind. New ones are created
// early (phCollation, after extensions) so that every column, index,
// domain and range type can use them; those that go are dropped late
// (phDropCollation), once nothing uses them any more.
//
// ALTER COLLATION cannot change a provider, a locale or determinism, so a
// collation that changes is dropped and created again, right away in
// phCollation. PostgreSQL refuses to drop a collation while a column, an
// index, a domain, a composite or range type, or a stored expression uses
// it, and moving all of those off it and back is not something a plan does
// behind the user's back: the change is refused with a plan error naming
// them, and the collation left as it is.
var collations = objectKind[model.Collation]{
	kind:     KindCollation,
	objects:  func(s *model.Schema) []model.Collation { return s.Collations },
	comment:  func(co *model.Collation) *string { return &co.Comment },
	create:   phCollation,
	drop:     phDropCollation,
	recreate: phCollation,
	refuse: func(c *comparison, old, co model.Collation) string {
		q := co.QualifiedName()
		users := c.collationUsers(q)
		if len(users) == 0 {
			return ""
		}
		return fmt.Sprintf("collation %s changes (%s), which ALTER COLLATION cannot do, and dropping it to create it again is refused while %s use it; "+
			"move them to another collation (or drop them) first, or give the new collation another name",
			q, collationChange(old, co), nameList(users))
	},
}

// collationChange describes what changes between two definitions of a
// collation, e.g. "provider libc -> icu, locale C -> und".
func collationChange(a, b model.Collation) string {
	var parts []string
	field := func(name, x, y string) {
		if x != y {
			parts = append(parts, fmt.Sprintf("%s %q -> %q", name, x, y))
		}
	}
	field("provider", a.Provider, b.Provider)
	field("locale", a.Locale, b.Locale)
	field("lc_collate", a.Collate, b.Collate)
	field("lc_ctype", a.Ctype, b.Ctype)
	if a.Deterministic != b.Deterministic {
		parts = append(parts, fmt.Sprintf("deterministic %t -> %t", a.Deterministic, b.Deterministic))
	}
	return strings.Join(parts, ", ")
}

// collationUsers names the objects of from that use collation q and would
// still exist when phCollation runs: columns, index keys, domains,
// attributes of composite types, range types, and stored expressions that
// name it in a COLLATE clause.
func (c *comparison) collationUsers(q model.QualifiedName) []string {
	users := map[string]bool{}
	is := func(p *model.QualifiedName) bool { return p != nil && *p == q }
	for _, t := range c.from.Tables {
		tq := t.QualifiedName()
		if c.droppedTables[tq] {
			continue
		}
		for _, col := range t.Columns {
			if is(col.Collation) && !c.droppedColumns[model.ColumnRef{Table: tq, Column: col.Name}] {
				users["column "+tq.String()+"."+col.Name] = true
			}
		}
		for _, ix := range t.Indexes {
			for _, k := range ix.Keys {
				if is(k.Collation) {
					users["index "+tq.Schema+"."+ix.Name] = true
				}
			}
		}
	}
	for _, v := range c.from.Views {
		for _, ix := range v.Indexes {
			for _, k := range ix.Keys {
				if is(k.Collation) {
					users["index "+v.Schema+"."+ix.Name] = true
				}
			}
		}
	}
	for _, d := range c.from.Domains {
		if is(d.Collation) {
			users["domain "+d.QualifiedName().String()] = true
		}
	}
	for _, t := range c.from.Composites {
		for _, a := range t.Attributes {
			if is(a.Collation) {
				users["composite type "+t.QualifiedName().String()] = true
			}
		}
	}
	for _, r := range c.from.Ranges {
		if is(r.Collation) {
			users["range type "+r.QualifiedName().String()] = true
		}
	}
	for _, u := range c.expressionUsers(func(sql string) bool { return strings.Contains(sql, "COLLATE ") && mentions(sql, q) }) {
		users[u] = true
	}
	return sortedKeys(users)
}

// expressionUsers names the objects of from whose stored SQL (as
// PostgreSQL printed it, so names are qualified) matches: expressions of
// columns, constraints, indexes, policies and triggers of tables the plan
// keeps, views, domains, and functions with a SQL-standard body (whose
// dependencies the catalog records; other bodies are plain text).
func (c *comparison) expressionUsers(match func(sql string) bool) []string {
	users := map[string]bool{}
	indexes := func(owner model.QualifiedName, ixs []model.Index) {
		for _, ix := range ixs {
			texts := []string{ix.Predicate}
			for _, k := range ix.Keys {
				texts = append(texts, k.Expression)
			}
			if anyMatch(match, texts...) {
				users["index "+owner.Schema+"."+ix.Name] = true
			}
		}
	}
	for _, t := range c.from.Tables {
		tq := t.QualifiedName()
		if c.droppedTables[tq] {
			continue
		}
		for _, col := range t.Columns {
			if !c.droppedColumns[model.ColumnRef{Table: tq, Column: col.Name}] && anyMatch(match, col.Default, col.Generated) {
				users["column "+tq.String()+"."+col.Name] = true
			}
		}
		for _, k := range t.Constraints {
			if anyMatch(match, k.Expression, k.Definition) {
				users["constraint "+k.Name+" on "+tq.String()] = true
			}
		}
		indexes(tq, t.Indexes)
		for _, p := range t.Policies {
			if anyMatch(match, p.Using, p.WithCheck) {
				users["policy "+p.Name+" on "+tq.String()] = true
			}
		}
		for _, g := range t.Triggers {
			if anyMatch(match, g.Definition) {
				users["trigger "+g.Name+" on "+tq.String()] = true
			}
		}
	}
	for _, v := range c.from.Views {
		if anyMatch(match, v.Definition) {
			kind := "view "
			if v.Materialized {
				kind = "materialized view "
			}
			users[kind+v.QualifiedName().String()] = true
		}
		indexes(v.QualifiedName(), v.Indexes)
	}
	for _, d := range c.from.Domains {
		texts := []string{d.Default}
		for _, k := range d.Checks {
			texts = append(texts, k.Expression)
		}
		if anyMatch(match, texts...) {
			users["domain "+d.QualifiedName().String()] = true
		}
	}
	for _, f := range c.from.Functions {
		if sqlStandardBody(f.Definition) && anyMatch(match, f.Definition) {
			users["function "+f.Schema+"."+f.Name+"("+f.IdentityArguments+")"] = true
		}
	}
	return sortedKeys(users)
}

func anyMatch(match func(string) bool, texts ...string) bool {
	for _, s := range texts {
		if s != "" && match(s) {
			return true
		}
	}
	return false
}

// sqlStandardBody reports whether a function definition, as
// pg_get_functiondef prints it, has a SQL-standard body (BEGIN ATOMIC or
// RETURN), whose dependencies the catalog records.
func sqlStandardBody(def string) bool {
	return strings.Contains(def, "\nBEGIN ATOMIC") || strings.Contains(def, "\nRETURN ")
}

// mentions reports whether sql names q qualified, each part quoted or not.
// It is a text search, so it may find a name inside a string constant: a
// false match only makes the plan more careful.
func mentions(sql string, q model.QualifiedName) bool {
	return slices.ContainsFunc(spellings(q), func(s string) bool { return strings.Contains(sql, s) })
}

// spellings returns the ways SQL may write q qualified: each part plain or
// double-quoted.
func spellings(q model.QualifiedName) []string {
	quoted := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	var out []string
	for _, s := range []string{q.Schema, quoted(q.Schema)} {
		for _, n := range []string{q.Name, quoted(q.Name)} {
			out = append(out, s+"."+n)
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// nameList joins names for a message, naming at most maxNamed of them.
func nameList(names []string) string {
	if len(names) > maxNamed {
		return strings.Join(names[:maxNamed], ", ") + fmt.Sprintf(" and %d more", len(names)-maxNamed)
	}
	return strings.Join(names, ", ")
}
