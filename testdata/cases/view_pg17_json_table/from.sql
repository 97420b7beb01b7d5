-- PostgreSQL 17 SQL/JSON in views: JSON_TABLE, JSON_EXISTS, JSON_VALUE
-- and JSON_QUERY, printed by the server in a syntax older parsers reject.
CREATE TABLE doc (id integer PRIMARY KEY, body jsonb NOT NULL);
