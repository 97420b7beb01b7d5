ALTER TABLE public.users RENAME TO people;
ALTER TABLE public.people RENAME CONSTRAINT users_id_not_null TO people_id_not_null;
ALTER TABLE public.people RENAME CONSTRAINT users_name_not_null TO people_name_not_null;
ALTER TABLE public.people ADD COLUMN email text;
