ALTER TABLE public.users ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE public.users_id_seq;
ALTER TABLE public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
SELECT pg_catalog.setval('public.users_id_seq'::regclass, max(id)) FROM public.users HAVING max(id) BETWEEN 1 AND 9223372036854775807;
