CREATE TABLE skus (id integer PRIMARY KEY, code text NOT NULL, price numeric, stock integer,
    CONSTRAINT skus_code_key UNIQUE (code) INCLUDE (price, stock) WITH (fillfactor = 80));
