-- hazard extension-version: updates extension pg_trgm from version 1.5 to 1.6, changing the objects it owns; extensions ship update scripts forward only, so the downgrade stops at a refused step instead of going back to 1.5
ALTER EXTENSION pg_trgm UPDATE TO '1.6';
