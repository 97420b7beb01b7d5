ALTER TABLE public.users RENAME TO people;
ALTER SEQUENCE public.users_n_seq RENAME TO people_n_seq;
ALTER TABLE public.people RENAME CONSTRAINT users_id_not_null TO people_id_not_null;
ALTER SEQUENCE public.users_id_seq RENAME TO people_id_seq;
ALTER TABLE public.people RENAME CONSTRAINT users_n_not_null TO people_n_not_null;
