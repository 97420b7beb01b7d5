CREATE TABLE words (id integer PRIMARY KEY, word text, code text COLLATE "C");
INSERT INTO words VALUES (1, 'Zebra', 'b'), (2, 'apple', 'A');
