// Package scaffold writes the files of a new retort project (retort init):
// a commented retort.yaml, a versions directory, a starter model and a
// README, from templates embedded in the binary.
//
// It imports the standard library only; it must not import any other
// retort package.
package scaffold
