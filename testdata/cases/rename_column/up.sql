ALTER TABLE public.users RENAME COLUMN fullname TO full_name;
ALTER TABLE public.users ALTER COLUMN full_name SET DEFAULT 'anonymous'::text;
