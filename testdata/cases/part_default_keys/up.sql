CREATE TABLE public.p_other PARTITION OF public.p DEFAULT;
-- hazard long-lock: scans table public.p for NULLs in foo while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p ALTER COLUMN foo SET NOT NULL;
-- hazard long-lock: scans table public.p for NULLs in id while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p ALTER COLUMN id SET NOT NULL;
-- hazard long-lock: builds the index of p_pkey on public.p while blocking writes
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (foo, id);
CREATE INDEX p_other_note ON public.p_other (note);
ALTER INDEX public.p_other_pkey RENAME TO p_other_key;
