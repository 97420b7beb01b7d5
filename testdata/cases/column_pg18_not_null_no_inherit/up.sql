ALTER TABLE public.base ALTER COLUMN note DROP NOT NULL;
-- hazard long-lock: scans table public.base for NULLs in note while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.base ADD NOT NULL note NO INHERIT;
ALTER TABLE public.base ADD COLUMN extra text;
-- hazard long-lock: scans table public.base for NULLs in extra while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.base ADD NOT NULL extra NO INHERIT;
