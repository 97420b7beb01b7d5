CREATE FUNCTION owner_of(o text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT o = current_user $$;
CREATE VIEW mine AS SELECT owner_of('x') AS m;
