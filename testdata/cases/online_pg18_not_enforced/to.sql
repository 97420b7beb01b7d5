CREATE EXTENSION btree_gist;
-- Online mode has no lock-light way to a GiST key (ADD CONSTRAINT ...
-- USING INDEX takes btree indexes only), adds a NOT ENFORCED constraint
-- as it is (it reads no rows, and could not be validated), and enforces
-- one through NOT VALID and VALIDATE.
CREATE TABLE rooms (id integer, valid_at daterange, CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS));
CREATE TABLE hotels (id integer PRIMARY KEY);
CREATE TABLE stays (id integer PRIMARY KEY, hotel_id integer, nights integer NOT NULL,
    CONSTRAINT stays_nights_positive CHECK (nights > 0),
    CONSTRAINT stays_hotel_fkey FOREIGN KEY (hotel_id) REFERENCES hotels NOT ENFORCED);
