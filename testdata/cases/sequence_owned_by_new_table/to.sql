CREATE SEQUENCE doc_id_seq AS integer;
CREATE TABLE docs (id integer PRIMARY KEY DEFAULT nextval('doc_id_seq'), title text);
ALTER SEQUENCE doc_id_seq OWNED BY docs.id;
