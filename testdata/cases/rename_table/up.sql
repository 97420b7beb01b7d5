ALTER TABLE public.users RENAME TO people;
ALTER TABLE public.people ADD COLUMN email text;
