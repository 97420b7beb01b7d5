CREATE TABLE slugs (id integer PRIMARY KEY, slug text, lang text);
