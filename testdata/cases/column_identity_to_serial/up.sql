ALTER TABLE public.users ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE public.users_id_seq;
ALTER TABLE public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
