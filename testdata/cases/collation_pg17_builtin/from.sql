-- PostgreSQL 17's builtin collation provider.
CREATE TABLE word (w text);
