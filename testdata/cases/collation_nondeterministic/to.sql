-- Case-insensitive e-mail addresses.
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE account (id integer PRIMARY KEY, email text COLLATE case_insensitive NOT NULL UNIQUE);
INSERT INTO account VALUES (1, 'Ann@example.com'), (2, 'bob@example.com');
