CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id integer, valid_at daterange, CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at));
CREATE TABLE hotels (id integer PRIMARY KEY);
CREATE TABLE stays (id integer PRIMARY KEY, hotel_id integer, nights integer NOT NULL,
    CONSTRAINT stays_nights_positive CHECK (nights > 0) NOT ENFORCED);
INSERT INTO rooms VALUES (1, '[2024-01-01,2024-02-01)'), (1, '[2024-02-01,2024-03-01)');
INSERT INTO hotels VALUES (1);
-- Stay 2's hotel does not exist: the NOT ENFORCED foreign key is added
-- anyway.
INSERT INTO stays VALUES (1, 1, 2), (2, 9, 5);
