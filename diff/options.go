package diff

// Options change how Compare plans.
type Options struct {
	// Online plans lock-light operations on tables that exist and keep
	// their rows: indexes are built and dropped CONCURRENTLY (a changed
	// index is built under a temporary name before the old one goes),
	// foreign keys and checks are added NOT VALID and then validated, NOT
	// NULL is set through a validated check, and primary keys and unique
	// constraints are attached to a unique index built concurrently. Such
	// a plan must run outside a transaction (see Plan.OutsideTransaction).
	// New tables are empty and get the plain operations; so do partitioned
	// tables, where PostgreSQL supports neither CONCURRENTLY nor NOT VALID
	// foreign keys.
	Online bool
	// Equivalence decides whether two texts PostgreSQL printed that differ
	// mean the same; nil compares them as text. See Equivalence.
	Equivalence Equivalence
}

// An Equivalence decides whether two texts PostgreSQL printed mean the
// same where its printing is not a fixed point: the same object, printed,
// run and printed again, can read differently (a varchar IN list, an
// unnamed column in a later UNION branch). Deciding needs a parse tree,
// which the engine leaves to its caller so that it builds without cgo:
// internal/sqlnorm's Trees is the one the program uses. Compare is only
// asked about texts that differ and are not empty.
type Equivalence interface {
	// SameExpression reports whether two scalar expressions (a CHECK, an
	// index predicate, a policy's USING) mean the same.
	SameExpression(a, b string) bool
	// SameQuery reports whether two query texts (a view's definition)
	// mean the same.
	SameQuery(a, b string) bool
}

// sameExpression reports whether two printed expressions mean the same:
// equal texts do; others only when the options' Equivalence says so.
func (c *comparison) sameExpression(a, b string) bool {
	if a == b {
		return true
	}
	return a != "" && b != "" && c.opts.Equivalence != nil && c.opts.Equivalence.SameExpression(a, b)
}

// sameQuery is sameExpression for query texts.
func (c *comparison) sameQuery(a, b string) bool {
	if a == b {
		return true
	}
	return a != "" && b != "" && c.opts.Equivalence != nil && c.opts.Equivalence.SameQuery(a, b)
}
