ALTER TABLE public.rooms DROP CONSTRAINT rooms_pkey;
ALTER TABLE public.stays DROP CONSTRAINT stays_nights_positive;
-- hazard long-lock: builds the index of rooms_pkey on public.rooms while blocking writes
ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_at WITHOUT OVERLAPS);
ALTER TABLE public.stays ADD CONSTRAINT stays_nights_positive CHECK (nights > 0) NOT VALID;
ALTER TABLE public.stays VALIDATE CONSTRAINT stays_nights_positive;
ALTER TABLE public.stays ADD CONSTRAINT stays_hotel_fkey FOREIGN KEY (hotel_id) REFERENCES public.hotels (id) NOT ENFORCED;
