-- An extension updated in place: the extension-version hazard. pg_trgm
-- ships no script from 1.6 back to 1.5, so the downgrade fails, which is
-- what the hazard warns of (down_fails.txt holds the expected message).
CREATE EXTENSION pg_trgm VERSION '1.5';
