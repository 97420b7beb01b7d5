// Package devdb creates and drops scratch databases ("dev databases") on a
// PostgreSQL server where retort may run CREATE DATABASE, and opens
// connections whose failures read as one-line messages a user can act on.
//
// It imports pgx only; it must not import any other retort package.
package devdb
