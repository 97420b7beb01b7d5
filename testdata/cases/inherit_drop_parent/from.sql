CREATE TABLE base (id integer NOT NULL, note text, CONSTRAINT base_id_check CHECK (id > 0));
-- kept_child declares what it inherits too, so that leaving base changes
-- nothing else on it
CREATE TABLE kept_child (id integer NOT NULL, note text, extra integer, CONSTRAINT base_id_check CHECK (id > 0))
    INHERITS (base);
CREATE TABLE gone_child () INHERITS (base);
CREATE TABLE grandchild () INHERITS (gone_child);
INSERT INTO kept_child VALUES (1, 'k', 2);
