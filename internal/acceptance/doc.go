// Package acceptance holds retort's end-to-end acceptance suite: the
// data-driven cases in testdata/cases, each built in real databases,
// planned, rendered, applied and compared in both directions.
//
// The package has no code of its own outside tests. Its tests may import
// every package of the project; nothing may import this package.
package acceptance
