ALTER TABLE public.users RENAME TO people;
ALTER SEQUENCE public.users_n_seq RENAME TO people_n_seq;
ALTER SEQUENCE public.users_id_seq RENAME TO people_id_seq;
