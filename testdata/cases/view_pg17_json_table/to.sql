CREATE TABLE doc (id integer PRIMARY KEY, body jsonb NOT NULL);
CREATE VIEW doc_items AS
SELECT d.id, jt.name, jt.qty
FROM doc d,
     JSON_TABLE(d.body, '$.items[*]' COLUMNS (name text PATH '$.name', qty integer PATH '$.qty' DEFAULT 0 ON EMPTY)) AS jt;
CREATE VIEW doc_flags AS
SELECT id,
       JSON_EXISTS(body, '$.flag') AS has_flag,
       JSON_VALUE(body, '$.title' RETURNING text) AS title,
       JSON_QUERY(body, '$.items' WITH WRAPPER) AS items
FROM doc;
