package diff

import (
	"reflect"

	"github.com/retortdb/retort/model"
)

// A SchemaObject is an object of a simple kind (see objectKind): it lives
// in a schema under its own name.
type SchemaObject interface {
	QualifiedName() model.QualifiedName
}

// An objectKind describes a simple kind of object once, so that one
// comparison (compareKind) serves every such kind: its objects live in a
// schema and are identified by their qualified name, created from their
// definition (CreateObject), dropped (DropObject), commented (SetComment),
// changed in place where the kind allows it (AlterObject) and otherwise
// dropped and created again. What the generic ops become in SQL is render's
// (render/kind.go); what a kind does besides is its own file's.
//
// T is the model type; the comparison works on copies, so the functions
// may take objects apart freely.
type objectKind[T SchemaObject] struct {
	kind ObjectKind
	// objects returns the schema's objects of the kind.
	objects func(*model.Schema) []T
	// comment points at an object's comment, which SetComment sets apart
	// from its definition: CreateObject carries the object without it.
	comment func(*T) *string
	// create is the phase new objects are created in, drop the phase those
	// that go are dropped in, recreate the phase a changed object is
	// dropped in before it is created again in create.
	create, drop, recreate phase
	// alter, when set, returns the op that changes from into to in place
	// (AlterObject, in phase create), or false when the change needs the
	// object created again.
	alter func(from, to T) (AlterObject, bool)
	// refuse, when set, says why a changed object cannot be dropped and
	// created again (a plan error; the object stays as it is), or "".
	refuse func(c *comparison, from, to T) string
	// gone, when set, reports whether the plan drops an object of from
	// along with something else (its table): it gets no DROP of its own,
	// and is created again when to keeps it.
	gone func(c *comparison, o T) bool
	// stale, when set, reports whether an object of from must be dropped
	// and created again although its definition does not change (a column
	// it uses is dropped and added again).
	stale func(c *comparison, o T) bool
}

// compareKind compares the objects of one simple kind.
func compareKind[T SchemaObject](c *comparison, k objectKind[T]) {
	from := byName(k.objects(c.from))
	to := map[model.QualifiedName]bool{}
	bare := func(o T) T { *k.comment(&o) = ""; return o }
	for _, o := range k.objects(c.to) {
		q := o.QualifiedName()
		to[q] = true
		ref := ObjectRef{Kind: k.kind, Schema: q.Schema, Name: q.Name}
		old, ok := from[q]
		if ok && k.gone != nil && k.gone(c, old) {
			ok = false
		}
		comment := *k.comment(&o)
		if !ok {
			c.add(k.create, CreateObject{Kind: k.kind, Object: bare(o)})
			c.comment(ref, "", comment)
			continue
		}
		oldComment := *k.comment(&old)
		stale := k.stale != nil && k.stale(c, old)
		if !stale && reflect.DeepEqual(bare(old), bare(o)) {
			c.comment(ref, oldComment, comment)
			continue
		}
		if k.alter != nil && !stale {
			if op, ok := k.alter(bare(old), bare(o)); ok {
				op.Kind = k.kind
				c.add(k.create, op)
				c.comment(ref, oldComment, comment)
				continue
			}
		}
		if k.refuse != nil {
			if why := k.refuse(c, old, o); why != "" {
				c.refuse(ErrRefused, "%s", why)
				c.comment(ref, oldComment, comment)
				continue
			}
		}
		c.add(k.recreate, DropObject{Kind: k.kind, Object: old})
		c.add(k.create, CreateObject{Kind: k.kind, Object: bare(o)})
		c.comment(ref, "", comment)
	}
	for _, o := range k.objects(c.from) {
		if !to[o.QualifiedName()] && (k.gone == nil || !k.gone(c, o)) {
			c.add(k.drop, DropObject{Kind: k.kind, Object: o})
		}
	}
}
