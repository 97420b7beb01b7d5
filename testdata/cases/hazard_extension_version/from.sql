-- An extension updated in place: the extension-version hazard. pg_trgm
-- ships no script from 1.6 back to 1.5, so the downgrade is a refused
-- step that stops it with a message (down_fails.txt), never an ALTER
-- EXTENSION ... UPDATE TO '1.5' that the server rejects.
CREATE EXTENSION pg_trgm VERSION '1.5';
