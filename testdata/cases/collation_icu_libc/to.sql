CREATE COLLATION sortkey (provider = icu, locale = 'und-u-kn-true');
CREATE COLLATION german (provider = icu, locale = 'de');
CREATE TABLE person (id integer PRIMARY KEY, name text COLLATE german);
