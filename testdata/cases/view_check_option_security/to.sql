CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW public_docs WITH (security_barrier = true, security_invoker = true) AS SELECT id, owner FROM docs WHERE public WITH LOCAL CHECK OPTION;
CREATE VIEW writable_docs AS SELECT * FROM docs WHERE owner = current_user;
CREATE FUNCTION docs_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO docs VALUES (NEW.id, NEW.owner, NEW.public); RETURN NEW; END $$;
CREATE TRIGGER writable_docs_insert INSTEAD OF INSERT ON writable_docs FOR EACH ROW EXECUTE FUNCTION docs_view_insert();
