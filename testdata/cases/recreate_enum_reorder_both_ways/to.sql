-- The labels change order both ways, so the upgrade and the downgrade
-- both create size again: the domains over it (one over the other), the
-- function, the view and the columns move to the new type.
CREATE TYPE size AS ENUM ('l', 'm', 's');
CREATE DOMAIN small AS size CHECK (VALUE > 'l');
CREATE DOMAIN tiny AS small CHECK (VALUE::size = 's');
CREATE FUNCTION next_size(x size) RETURNS size LANGUAGE sql IMMUTABLE AS $$ SELECT CASE x WHEN 's' THEN 'm'::size ELSE 'l'::size END $$;
CREATE TABLE shirts (id int PRIMARY KEY, sz size NOT NULL DEFAULT 'm', fit small, kid tiny, sizes size[]);
CREATE VIEW bigger AS SELECT id, next_size(sz) AS nxt, fit FROM shirts;
