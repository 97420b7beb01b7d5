CREATE TABLE cv (id int PRIMARY KEY, name text, CONSTRAINT cv_c1 UNIQUE (name), during tstzrange,
    CONSTRAINT cv_no_overlap EXCLUDE USING gist (during WITH &&));
COMMENT ON INDEX cv_c1 IS 'names are unique within a cv';
COMMENT ON CONSTRAINT cv_c1 ON cv IS 'the constraint itself';
COMMENT ON INDEX cv_pkey IS 'by id';
COMMENT ON INDEX cv_no_overlap IS 'no overlaps';
CREATE TABLE other (a int CONSTRAINT other_a UNIQUE);
COMMENT ON INDEX other_a IS 'new table, commented index';
