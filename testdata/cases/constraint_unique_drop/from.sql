CREATE TABLE slugs (id integer PRIMARY KEY, slug text, lang text, UNIQUE (slug, lang));
INSERT INTO slugs VALUES (1, 'home', 'en'), (2, 'home', 'de');
