// Package diff compares two model.Schema values and returns a Plan: typed
// operations in an order that PostgreSQL accepts, each with its hazards.
//
// diff is pure: it reads no database and writes no SQL statements (that is
// the render package's job). It imports only model and internal/sqlident
// (names in printed texts, for renames and dependencies), and builds with
// CGO_ENABLED=0: whether two printed texts that differ mean the same needs
// a parse tree, which the caller gives as Options.Equivalence
// (internal/sqlnorm's Trees); without one they are compared as text.
//
// The order of a plan comes from phases (see phase in compare.go): drops of
// dependents before what they depend on, creations after. A downgrade is the
// same comparison run the other way round.
//
// A model's rename annotations (RenamedFrom and an enum's LabelRenames) are
// taken first (rename.go): the plan renames those objects in place and
// compares the rest as if they had always had their new names.
package diff
