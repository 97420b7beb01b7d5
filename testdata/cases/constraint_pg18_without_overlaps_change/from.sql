CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id integer, valid_at daterange, price integer NOT NULL,
    CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at),
    CONSTRAINT rooms_price_key UNIQUE (price, valid_at WITHOUT OVERLAPS));
CREATE TABLE bookings (id integer PRIMARY KEY, room_id integer NOT NULL, during daterange NOT NULL,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (room_id, during) REFERENCES rooms (id, valid_at));
-- Room 1 changes price on 1 February: two rows, ranges that meet but do
-- not overlap, so both kinds of key hold. Each booking spans exactly one
-- row, so both kinds of foreign key hold too.
INSERT INTO rooms VALUES (1, '[2024-01-01,2024-02-01)', 100), (1, '[2024-02-01,2024-03-01)', 120),
    (2, '[2024-01-01,2024-03-01)', 90);
INSERT INTO bookings VALUES (1, 1, '[2024-01-01,2024-02-01)'), (2, 2, '[2024-01-01,2024-03-01)');
