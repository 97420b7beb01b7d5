CREATE TABLE notes (id integer PRIMARY KEY);
COMMENT ON TABLE notes IS 'free text notes';
CREATE TABLE tags (id integer PRIMARY KEY);
