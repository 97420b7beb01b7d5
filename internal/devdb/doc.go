// Package devdb creates and drops scratch databases ("dev databases") on a
// PostgreSQL server where retort may run CREATE DATABASE, and opens
// connections whose failures read as one-line messages a user can act on
// and whose statements are cancelled on the server when their context
// ends. Scratch databases are named after the process and machine that
// made them, so that a later run can drop those of processes that died
// (Sweep).
//
// It imports pgx and its own package owner only; it must not import any
// other retort package.
package devdb
