-- hazard extension-version: updates extension hstore from version 1.4 to 1.7, changing the objects it owns; extensions ship update scripts forward only, so the downgrade stops at a refused step instead of going back to 1.4
ALTER EXTENSION hstore UPDATE TO '1.7';
