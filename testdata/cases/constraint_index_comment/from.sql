CREATE TABLE cv (id int PRIMARY KEY, name text, CONSTRAINT cv_c1 UNIQUE (name));
COMMENT ON INDEX cv_c1 IS 'names are unique';
