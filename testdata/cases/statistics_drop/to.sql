-- A statistics object goes; its table stays.
CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
