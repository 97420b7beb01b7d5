package diff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/retortdb/retort/model"
)

func (c *comparison) namespaces() {
	from := map[string]model.Namespace{}
	for _, n := range c.from.Namespaces {
		from[n.Name] = n
	}
	to := map[string]bool{}
	for _, n := range c.to.Namespaces {
		to[n.Name] = true
		ref := ObjectRef{Kind: KindSchema, Name: n.Name}
		old, ok := from[n.Name]
		if !ok {
			c.add(phCreateSchema, CreateSchema{Schema: model.Namespace{Name: n.Name}})
		}
		c.comment(ref, old.Comment, n.Comment)
	}
	for _, n := range c.from.Namespaces {
		if !to[n.Name] {
			c.add(phDropSchema, DropSchema{Schema: n},
				Hazard{DataLoss, fmt.Sprintf("drops schema %s", n.Name)})
		}
	}
}

func (c *comparison) extensions() {
	from := map[string]model.Extension{}
	for _, e := range c.from.Extensions {
		from[e.Name] = e
	}
	to := map[string]model.Extension{}
	for _, e := range c.to.Extensions {
		to[e.Name] = e
	}
	for _, e := range c.from.Extensions {
		if n, ok := to[e.Name]; !ok || n.Schema != e.Schema {
			c.addNode(phDropExtension, extensionKey(e.Name), extensionKeys(e.Requires), Step{
				Op:      DropExtension{Extension: e},
				Hazards: []Hazard{{DataLoss, fmt.Sprintf("drops extension %s and every object that belongs to it", e.Name)}},
			})
		}
	}
	for _, e := range c.to.Extensions {
		ref := ObjectRef{Kind: KindExtension, Name: e.Name}
		old, ok := from[e.Name]
		switch {
		case !ok || old.Schema != e.Schema:
			c.addNode(phExtension, extensionKey(e.Name), extensionKeys(e.Requires), Step{
				Op: CreateExtension{Extension: model.Extension{Name: e.Name, Schema: e.Schema, Version: e.Version}},
			})
			// The extension's script sets its own comment; compare with that
			// only when the comment is known to be the same extension's.
			if ok {
				c.comment(ref, old.Comment, e.Comment)
			}
		case e.Version != "" && old.Version != e.Version:
			c.extensionVersion(old, e)
			c.comment(ref, old.Comment, e.Comment)
		default:
			c.comment(ref, old.Comment, e.Comment)
		}
	}
}

// extensionVersion changes an extension's version in place. PostgreSQL
// updates an extension by its update scripts, which contrib and most
// extensions ship only forward: ALTER EXTENSION ... UPDATE TO an older
// version fails with "no update path". A plan cannot see the scripts a
// server has, so a version known to be older is a refused step (first in
// the plan, so nothing runs before it) with a hazard that says why, not SQL
// known to fail; versions that do not compare as dotted numbers are
// updated as asked.
func (c *comparison) extensionVersion(from, to model.Extension) {
	op := AlterExtensionVersion{Name: to.Name, From: from.Version, To: to.Version}
	if older, ok := versionLess(to.Version, from.Version); ok && older {
		op.Refused = fmt.Sprintf("retort cannot downgrade extension %s from version %s to %s: extensions ship update scripts forward only, so PostgreSQL has no update path back; keep %s (delete this statement), or drop and re-create the extension by hand (which drops what depends on it)",
			to.Name, from.Version, to.Version, from.Version)
		c.add(phRename, op, Hazard{ExtensionVersion, fmt.Sprintf("refused: extension %s cannot go back from version %s to %s without an update path", to.Name, from.Version, to.Version)})
		return
	}
	c.add(phExtension, op,
		Hazard{ExtensionVersion, fmt.Sprintf("updates extension %s from version %s to %s, changing the objects it owns; extensions ship update scripts forward only, so the downgrade stops at a refused step instead of going back to %s", to.Name, from.Version, to.Version, from.Version)})
}

// versionLess reports whether extension version a is older than b, when
// both are dotted numbers (1.4, 1.10, 2.0.1); ok is false otherwise.
func versionLess(a, b string) (less, ok bool) {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) || i < len(bs); i++ {
		x, y := 0, 0
		var err error
		if i < len(as) {
			if x, err = strconv.Atoi(as[i]); err != nil {
				return false, false
			}
		}
		if i < len(bs) {
			if y, err = strconv.Atoi(bs[i]); err != nil {
				return false, false
			}
		}
		if x != y {
			return x < y, true
		}
	}
	return false, true
}

// extensionKey is the dependency key of an extension; extensions are
// ordered among themselves by what they require.
func extensionKey(name string) string { return "x:" + name }

func extensionKeys(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = extensionKey(n)
	}
	return out
}
