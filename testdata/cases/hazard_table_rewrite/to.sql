CREATE TABLE readings (id integer PRIMARY KEY, value numeric(10,2), noted text, uid uuid DEFAULT gen_random_uuid());
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);
