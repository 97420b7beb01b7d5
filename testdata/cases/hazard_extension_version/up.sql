-- hazard extension-version: updates extension pg_trgm from version 1.5 to 1.6, changing the objects it owns; the downgrade needs the extension to ship an update script from 1.6 back to 1.5
ALTER EXTENSION pg_trgm UPDATE TO '1.6';
