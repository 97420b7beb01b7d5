-- Temporal keys over scalar columns need btree_gist: the plan creates the
-- extension before the tables.
CREATE EXTENSION btree_gist;
CREATE TABLE guests (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO guests VALUES (1, 'Ada'), (2, 'Grace');
CREATE TABLE rooms (
    id integer,
    valid_at daterange,
    name text NOT NULL,
    open_hours tstzmultirange NOT NULL,
    CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS),
    CONSTRAINT rooms_name_key UNIQUE (name, open_hours WITHOUT OVERLAPS) DEFERRABLE
);
CREATE TABLE bookings (
    room_id integer,
    guest_id integer REFERENCES guests,
    during daterange,
    CONSTRAINT bookings_pkey PRIMARY KEY (room_id, guest_id, during WITHOUT OVERLAPS),
    CONSTRAINT bookings_room_fkey FOREIGN KEY (room_id, PERIOD during) REFERENCES rooms (id, PERIOD valid_at)
);
