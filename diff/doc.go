// Package diff compares two model.Schema values and returns a Plan: typed
// operations in an order that PostgreSQL accepts, each with its hazards.
//
// diff is pure: it reads no database and writes no SQL text (that is the
// render package's job). It imports only model.
//
// The order of a plan comes from phases (see phase in compare.go): drops of
// dependents before what they depend on, creations after. A downgrade is the
// same comparison run the other way round.
package diff
