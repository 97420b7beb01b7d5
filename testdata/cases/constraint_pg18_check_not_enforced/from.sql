CREATE TABLE readings (id integer PRIMARY KEY, celsius numeric NOT NULL);
-- Row 2 breaks the check to.sql adds: NOT ENFORCED does not read the rows.
INSERT INTO readings VALUES (1, 21.5), (2, -300);
