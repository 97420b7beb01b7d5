// Package gen writes synthetic PostgreSQL schemas of any size for retort's
// benchmarks and scaling tests.
//
// The output is SQL DDL that loads into an empty database with
// psql -v ON_ERROR_STOP=1 and uses only what PostgreSQL ships in core (no
// extensions). It is a pure function of Options: the same options give the
// same bytes on every platform and Go release, since the random choices come
// from a generator defined here rather than from math/rand.
//
// The mix imitates an application schema: tables spread over several
// schemas with identity, serial and uuid keys, 5 to 20 columns of varied
// types with defaults, checks, generated columns, foreign keys to earlier
// tables, partial and expression indexes, enums, domains, composite types,
// sequences, comments, views (also over joins and other views),
// materialized views, SQL and PL/pgSQL functions, triggers, partitioned
// tables and row-level security policies.
//
// gen imports the standard library only; nothing but tests and its command
// (cmd/retort-gen) may import it.
package gen
