CREATE EXTENSION pg_trgm;
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
