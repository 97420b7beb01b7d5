CREATE TABLE names (id integer PRIMARY KEY, name varchar(50));
INSERT INTO names VALUES (1, 'Ärger'), (2, 'Zorn');
