ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_fkey;
ALTER TABLE public.rooms DROP CONSTRAINT rooms_pkey;
ALTER TABLE public.rooms DROP CONSTRAINT rooms_price_key;
-- hazard long-lock: builds the index of rooms_pkey on public.rooms while blocking writes
ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS);
-- hazard long-lock: builds the index of rooms_price_key on public.rooms while blocking writes
ALTER TABLE public.rooms ADD CONSTRAINT rooms_price_key UNIQUE (price, valid_at);
-- hazard long-lock: checks every row of public.bookings against public.rooms while blocking writes to both tables
ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_fkey FOREIGN KEY (room_id, PERIOD during) REFERENCES public.rooms (id, PERIOD valid_at);
