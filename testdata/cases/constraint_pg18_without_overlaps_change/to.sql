CREATE EXTENSION btree_gist;
-- The primary key gains WITHOUT OVERLAPS, so the foreign key on it must
-- use PERIOD; the unique constraint loses it.
CREATE TABLE rooms (id integer, valid_at daterange, price integer NOT NULL,
    CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS),
    CONSTRAINT rooms_price_key UNIQUE (price, valid_at));
CREATE TABLE bookings (id integer PRIMARY KEY, room_id integer NOT NULL, during daterange NOT NULL,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (room_id, PERIOD during) REFERENCES rooms (id, PERIOD valid_at));
