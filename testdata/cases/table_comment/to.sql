CREATE TABLE notes (id integer PRIMARY KEY);
CREATE TABLE tags (id integer PRIMARY KEY);
COMMENT ON TABLE tags IS 'labels, see "notes"';
