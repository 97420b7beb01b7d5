-- hazard long-lock: scans table public.p for NULLs in foo while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p ALTER COLUMN foo SET NOT NULL;
-- hazard long-lock: scans table public.p for NULLs in id while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p ALTER COLUMN id SET NOT NULL;
-- hazard long-lock: builds the index of p_pkey on public.p while blocking writes
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (foo, id);
-- hazard long-lock: builds index p_note_idx on public.p without CONCURRENTLY, blocking writes
CREATE INDEX p_note_idx ON public.p (note);
-- hazard long-lock: builds index p11_local on public.p11 without CONCURRENTLY, blocking writes
CREATE INDEX p11_local ON public.p11 (note, id);
ALTER INDEX public.p1_note_idx RENAME TO p1_notes;
ALTER INDEX public.p11_note_idx RENAME TO p11_notes;
ALTER INDEX public.p12_pkey RENAME TO p12_key;
