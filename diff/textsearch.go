package diff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/retortdb/retort/model"
)

// textSearch compares text search dictionaries and configurations. Both are
// made in phTextSearch, after extensions (a dictionary's template, or a
// dictionary a configuration maps, may belong to one) and collations, and
// before tables, indexes and views, whose expressions may name them
// ('english'::regconfig). Those that go are dropped in phDropTextSearch,
// configurations first, once nothing uses them.
//
// A dictionary whose options change is altered in place; one whose template
// changes is dropped and created again, and the configurations of from that
// map it lose those mappings first and get them back after. A
// configuration's mappings are changed one token type at a time; one whose
// parser changes is dropped and created again. Either re-creation is
// refused (a plan error) while a stored expression of from names the
// object, since PostgreSQL would refuse the DROP. A configuration whose
// mappings, or whose dictionaries' options, change while indexes or stored
// columns use it gets a warning: PostgreSQL does not recompute them.
//
// Within phTextSearch the steps run in the order built here: configurations
// dropped early, mappings of re-created dictionaries dropped, dictionaries
// dropped and created, dictionaries altered, configurations created,
// mappings changed.
func (c *comparison) textSearch() {
	var dropEarly, unmap, dicts, alterDicts, configs, remap []Step

	fromDicts := byName(c.from.TextSearchDictionaries)
	toDicts := map[model.QualifiedName]bool{}
	recreatedDicts := map[model.QualifiedName]bool{}
	alteredDicts := map[model.QualifiedName]bool{} // options changed in place
	// mapsRecreated reports whether a mapping uses a re-created dictionary.
	mapsRecreated := func(m model.TextSearchMapping) bool { return mapsAny(m, recreatedDicts) }
	for _, d := range c.to.TextSearchDictionaries {
		q := d.QualifiedName()
		toDicts[q] = true
		ref := ObjectRef{Kind: KindTextSearchDictionary, Schema: q.Schema, Name: q.Name}
		old, ok := fromDicts[q]
		create := d
		create.Comment = ""
		switch {
		case !ok:
			dicts = append(dicts, Step{Op: CreateObject{Kind: KindTextSearchDictionary, Object: create}})
			c.comment(ref, "", d.Comment)
		case old.Template != d.Template:
			users := c.expressionUsers(func(sql string) bool { return strings.Contains(sql, "regdictionary") && mentions(sql, q) })
			if len(users) > 0 {
				c.refuse(ErrRefused,
					"text search dictionary %s changes its template (%s -> %s), which ALTER cannot do, and dropping it to create it again is refused while %s use it; "+
						"change or drop them first, or give the new dictionary another name",
					q, old.Template, d.Template, nameList(users))
				c.comment(ref, old.Comment, d.Comment)
				continue
			}
			recreatedDicts[q] = true
			dicts = append(dicts, Step{Op: DropObject{Kind: KindTextSearchDictionary, Object: old}}, Step{Op: CreateObject{Kind: KindTextSearchDictionary, Object: create}})
			c.comment(ref, "", d.Comment)
		default:
			if old.Options != d.Options {
				from := old
				from.Comment = ""
				alterDicts = append(alterDicts, Step{Op: AlterObject{Kind: KindTextSearchDictionary, From: from, To: create}})
				alteredDicts[q] = true
			}
			c.comment(ref, old.Comment, d.Comment)
		}
	}

	fromConfigs := byName(c.from.TextSearchConfigs)
	toConfigs := map[model.QualifiedName]bool{}
	for _, cfg := range c.to.TextSearchConfigs {
		q := cfg.QualifiedName()
		toConfigs[q] = true
		ref := ObjectRef{Kind: KindTextSearchConfig, Schema: q.Schema, Name: q.Name}
		old, ok := fromConfigs[q]
		create := cfg
		create.Comment = ""
		if ok && old.Parser != cfg.Parser {
			users := c.expressionUsers(func(sql string) bool { return strings.Contains(sql, "regconfig") && mentions(sql, q) })
			if len(users) > 0 {
				c.refuse(ErrRefused,
					"text search configuration %s changes its parser (%s -> %s), which ALTER cannot do, and dropping it to create it again is refused while %s use it; "+
						"change or drop them first, or give the new configuration another name",
					q, old.Parser, cfg.Parser, nameList(users))
				c.comment(ref, old.Comment, cfg.Comment)
				continue
			}
			dropEarly = append(dropEarly, Step{Op: DropObject{Kind: KindTextSearchConfig, Object: old}})
			ok = false
			old.Comment = ""
		}
		if !ok {
			configs = append(configs, Step{Op: CreateObject{Kind: KindTextSearchConfig, Object: create}})
			c.comment(ref, old.Comment, cfg.Comment)
			continue
		}
		// Mappings that use a re-created dictionary go before it does and
		// come back after; the others change in place.
		if slices.ContainsFunc(old.Mappings, func(m model.TextSearchMapping) bool { return mapsAny(m, alteredDicts) }) {
			c.staleResults(q, "uses a text search dictionary whose options change")
		}
		was := map[string]*model.TextSearchMapping{}
		for i := range old.Mappings {
			m := &old.Mappings[i]
			if mapsRecreated(*m) {
				unmap = append(unmap, Step{Op: AlterTextSearchMapping{Config: q, From: m}})
				continue
			}
			was[m.TokenType] = m
		}
		now := map[string]*model.TextSearchMapping{}
		for i := range cfg.Mappings {
			now[cfg.Mappings[i].TokenType] = &cfg.Mappings[i]
		}
		remapped := false
		for _, token := range sortedKeys(keysOf(was, now)) {
			f, t := was[token], now[token]
			if f == nil || t == nil || !slices.Equal(f.Dictionaries, t.Dictionaries) {
				remap = append(remap, Step{Op: AlterTextSearchMapping{Config: q, From: f, To: t}})
				remapped = true
			}
		}
		if remapped {
			c.staleResults(q, "changes its mappings")
		}
		c.comment(ref, old.Comment, cfg.Comment)
	}
	var dropConfigs []Step
	for _, cfg := range c.from.TextSearchConfigs {
		if toConfigs[cfg.QualifiedName()] {
			continue
		}
		step := Step{Op: DropObject{Kind: KindTextSearchConfig, Object: cfg}}
		if slices.ContainsFunc(cfg.Mappings, mapsRecreated) {
			// it maps a dictionary dropped in phTextSearch
			dropEarly = append(dropEarly, step)
			continue
		}
		dropConfigs = append(dropConfigs, step)
	}
	for _, steps := range [][]Step{dropEarly, unmap, dicts, alterDicts, configs, remap} {
		c.steps[phTextSearch] = append(c.steps[phTextSearch], steps...)
	}
	c.steps[phDropTextSearch] = append(c.steps[phDropTextSearch], dropConfigs...)
	for _, d := range c.from.TextSearchDictionaries {
		if !toDicts[d.QualifiedName()] {
			c.add(phDropTextSearch, DropObject{Kind: KindTextSearchDictionary, Object: d})
		}
	}
}

// keysOf returns the union of the keys of two maps.
func keysOf[V any](a, b map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// mapsAny reports whether a mapping uses one of the dictionaries.
func mapsAny(m model.TextSearchMapping, dicts map[model.QualifiedName]bool) bool {
	return slices.ContainsFunc(m.Dictionaries, func(d string) bool {
		for q := range dicts {
			if slices.Contains(spellings(q), d) {
				return true
			}
		}
		return false
	})
}

// staleResults warns that what from stores from expressions naming
// configuration q (index entries, generated or defaulted columns,
// materialized views) keeps what the old configuration computed: PostgreSQL does not recompute them when a
// configuration or its dictionaries change.
func (c *comparison) staleResults(q model.QualifiedName, why string) {
	var users []string
	for _, u := range c.expressionUsers(func(sql string) bool { return strings.Contains(sql, "regconfig") && mentions(sql, q) }) {
		if strings.HasPrefix(u, "index ") || strings.HasPrefix(u, "column ") || strings.HasPrefix(u, "materialized view ") {
			users = append(users, u)
		}
	}
	if len(users) == 0 {
		return
	}
	c.warnings = append(c.warnings, fmt.Sprintf(
		"text search configuration %s %s while %s use it: values computed before are not recomputed; "+
			"REINDEX the indexes, update the stored columns and refresh the materialized views after the migration",
		q, why, nameList(users)))
}
