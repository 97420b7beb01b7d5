CREATE TABLE release (id integer PRIMARY KEY, name varchar NOT NULL);
INSERT INTO release VALUES (1, 'Abbey Road'), (2, 'abbey road 2'), (3, 'Revolver');
