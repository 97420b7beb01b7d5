CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE stores (id integer PRIMARY KEY, country text, region text,
    CONSTRAINT stores_region_fkey FOREIGN KEY (country, region) REFERENCES regions (country, code));
INSERT INTO regions VALUES ('DE', 'BY');
INSERT INTO stores VALUES (1, 'DE', 'BY'), (2, NULL, NULL);
