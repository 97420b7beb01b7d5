CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.8';
CREATE TABLE public.bookings (
    room_id integer NOT NULL,
    guest_id integer NOT NULL,
    during daterange NOT NULL,
    CONSTRAINT bookings_pkey PRIMARY KEY (room_id, guest_id, during WITHOUT OVERLAPS)
);
CREATE TABLE public.rooms (
    id integer NOT NULL,
    valid_at daterange NOT NULL,
    name text NOT NULL,
    open_hours tstzmultirange NOT NULL,
    CONSTRAINT rooms_name_key UNIQUE (name, open_hours WITHOUT OVERLAPS) DEFERRABLE,
    CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS)
);
ALTER TABLE public.bookings ADD CONSTRAINT bookings_guest_id_fkey FOREIGN KEY (guest_id) REFERENCES public.guests (id);
ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_fkey FOREIGN KEY (room_id, PERIOD during) REFERENCES public.rooms (id, PERIOD valid_at);
