CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE DOMAIN small AS size CHECK (VALUE < 'l');
CREATE DOMAIN tiny AS small CHECK (VALUE::size = 's');
CREATE FUNCTION next_size(x size) RETURNS size LANGUAGE sql IMMUTABLE AS $$ SELECT CASE x WHEN 's' THEN 'm'::size ELSE 'l'::size END $$;
CREATE TABLE shirts (id int PRIMARY KEY, sz size NOT NULL DEFAULT 'm', fit small, kid tiny, sizes size[]);
INSERT INTO shirts VALUES (1, 's', 's', 's', '{s,l}'), (2, 'l', 'm', NULL, NULL);
CREATE VIEW bigger AS SELECT id, next_size(sz) AS nxt, fit FROM shirts;
