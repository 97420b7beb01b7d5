-- PostgreSQL prints these differently once they are created from their own
-- printed text: the plan must converge and a second plan must be empty.
CREATE TABLE shelf (id int PRIMARY KEY);
INSERT INTO shelf VALUES (1);
CREATE TABLE item (
    id int PRIMARY KEY,
    kind varchar(20) NOT NULL CHECK (kind IN ('book', 'record', 'tape')),
    shelf int
);
CREATE INDEX item_media_idx ON item (id) WHERE kind IN ('record', 'tape');
CREATE TABLE lost (id int, kind varchar(20));
-- the second branch's column has no name; created again, it is named int4
CREATE VIEW everything AS
    SELECT id, shelf FROM item
    UNION ALL
    SELECT id, NULL FROM lost;
ALTER TABLE item ENABLE ROW LEVEL SECURITY;
CREATE POLICY media ON item USING (kind IN ('record', 'tape'));
