-- hazard long-lock: scans table public.p1 for NULLs in foo while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p1 ALTER COLUMN foo SET NOT NULL;
-- hazard long-lock: scans table public.p1 for NULLs in id while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p1 ALTER COLUMN id SET NOT NULL;
-- hazard long-lock: builds the index of p1_pkey on public.p1 while blocking writes
ALTER TABLE public.p1 ADD CONSTRAINT p1_pkey PRIMARY KEY (foo, id);
