// Package sqlsplit splits a PostgreSQL script into statements at the
// semicolons the server's lexer sees: outside quotes ('...', E'...',
// U&'...', "...", $tag$...$tag$), comments (-- and nesting /* */),
// parentheses (the action list of CREATE RULE ... DO ALSO (a; b)) and
// BEGIN ATOMIC ... END bodies. It reads tokens only, never grammar, so a
// script written for a server newer than any parser the program links still
// splits, and the server is left to judge each statement's syntax.
//
// Split gives the statements as written; Commands gives them as a client
// sends them (what migrate's runner and source's scripts send). The same
// lexer gives a text's tokens with their places (Tokens, Scan), for checks
// that look at a statement's key words and for internal/sqlident, which
// reads and rewrites the names in a text.
//
// Plain '...' strings are read with standard_conforming_strings on (the
// default since PostgreSQL 9.1): a backslash in them is an ordinary
// character.
//
// The package uses the standard library only, and no cgo, so that migrate,
// a library linked into applications, and the engine (diff and render,
// through internal/sqlident) build with CGO_ENABLED=0. It must
// not import pg_query_go (its tests may, to compare with the parser).
package sqlsplit
