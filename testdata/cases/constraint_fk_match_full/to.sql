CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE stores (id integer PRIMARY KEY, country text, region text,
    CONSTRAINT stores_region_fkey FOREIGN KEY (country, region) REFERENCES regions (country, code) MATCH FULL);
