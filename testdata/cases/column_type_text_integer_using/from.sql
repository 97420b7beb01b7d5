CREATE TABLE readings (id integer PRIMARY KEY, value text);
INSERT INTO readings VALUES (1, '42'), (2, '-7'), (3, NULL);
