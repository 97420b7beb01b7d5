CREATE FUNCTION owner_of(who text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT who = current_user $$;
CREATE VIEW mine AS SELECT owner_of('x') AS m;
