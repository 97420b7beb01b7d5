ALTER TABLE public.users RENAME COLUMN fullname TO full_name;
ALTER TABLE public.users RENAME CONSTRAINT users_fullname_not_null TO users_full_name_not_null;
ALTER TABLE public.users ALTER COLUMN full_name SET DEFAULT 'anonymous'::text;
