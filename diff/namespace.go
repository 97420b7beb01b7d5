package diff

import (
	"fmt"

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
			c.add(phExtension, AlterExtensionVersion{Name: e.Name, From: old.Version, To: e.Version},
				Hazard{ExtensionVersion, fmt.Sprintf("updates extension %s from version %s to %s, changing the objects it owns; the downgrade needs the extension to ship an update script from %s back to %s", e.Name, old.Version, e.Version, e.Version, old.Version)})
			c.comment(ref, old.Comment, e.Comment)
		default:
			c.comment(ref, old.Comment, e.Comment)
		}
	}
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
