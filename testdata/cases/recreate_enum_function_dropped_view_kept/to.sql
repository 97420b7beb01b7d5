-- rc goes: phase is created again; the functions and the domain over it
-- go, the view no longer calls the function.
CREATE TYPE phase AS ENUM ('alpha', 'beta', 'ga');
CREATE TABLE releases (id int PRIMARY KEY, phase phase NOT NULL);
CREATE VIEW stable AS SELECT id FROM releases WHERE phase = 'ga';
