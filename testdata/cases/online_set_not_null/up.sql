ALTER TABLE public.users ADD CONSTRAINT users_email_retort_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE public.users VALIDATE CONSTRAINT users_email_retort_not_null;
ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;
ALTER TABLE public.users DROP CONSTRAINT users_email_retort_not_null;
ALTER TABLE public.users ADD CONSTRAINT "users_Display Name_retort_not_null" CHECK ("Display Name" IS NOT NULL) NOT VALID;
ALTER TABLE public.users VALIDATE CONSTRAINT "users_Display Name_retort_not_null";
ALTER TABLE public.users ALTER COLUMN "Display Name" SET NOT NULL;
ALTER TABLE public.users DROP CONSTRAINT "users_Display Name_retort_not_null";
