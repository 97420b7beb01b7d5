// Package cli builds retort's command tree (cobra). Every command takes its
// streams from Run, keeps no package-level state, and reports errors as one
// line on stderr with exit code 1.
//
// cli is the only package that wires the others together.
package cli
