-- hazard long-lock: scans table public.p1 for NULLs in id while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p1 ALTER COLUMN id SET NOT NULL;
-- hazard long-lock: checks every row of public.p1 while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p1 ADD CONSTRAINT p1_id_positive CHECK (id > 0);
-- hazard long-lock: checks every row of public.p1 while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p1 ADD CONSTRAINT p1_note_set CHECK (note IS NOT NULL);
