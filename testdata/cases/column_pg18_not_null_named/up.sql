CREATE TABLE public.session (
    id integer CONSTRAINT session_key NOT NULL,
    account integer NOT NULL
);
ALTER TABLE public.account RENAME CONSTRAINT account_id_not_null TO account_id_required;
-- hazard long-lock: scans table public.account for NULLs in nick while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.account ADD CONSTRAINT nick_required NOT NULL nick;
ALTER TABLE public.account ADD COLUMN plan text DEFAULT 'free'::text CONSTRAINT plan_required NOT NULL;
