CREATE TABLE emails (id integer PRIMARY KEY, address text NOT NULL);
INSERT INTO emails VALUES (1, 'a@x'), (2, 'b@x');
