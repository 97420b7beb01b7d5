-- hazard long-lock: scans table public.p for NULLs in foo while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p ALTER COLUMN foo SET NOT NULL;
-- hazard long-lock: scans table public.p for NULLs in id while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.p ALTER COLUMN id SET NOT NULL;
-- hazard long-lock: builds the index of p_pkey on public.p while blocking writes
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (foo, id);
CREATE INDEX p_note_idx ON ONLY public.p (note);
CREATE INDEX p1_notes ON ONLY public.p1 (note);
-- hazard long-lock: builds index p11_notes on public.p11 without CONCURRENTLY, blocking writes
CREATE INDEX p11_notes ON public.p11 (note);
ALTER INDEX public.p1_notes ATTACH PARTITION public.p11_notes;
-- hazard long-lock: builds index p12_note_idx on public.p12 without CONCURRENTLY, blocking writes
CREATE INDEX p12_note_idx ON public.p12 (note);
ALTER INDEX public.p1_notes ATTACH PARTITION public.p12_note_idx;
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p1_notes;
-- hazard long-lock: builds index p2_note_idx on public.p2 without CONCURRENTLY, blocking writes
CREATE INDEX p2_note_idx ON public.p2 (note);
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p2_note_idx;
-- hazard long-lock: builds index p11_local on public.p11 without CONCURRENTLY, blocking writes
CREATE INDEX p11_local ON public.p11 (note, id);
ALTER INDEX public.p12_pkey RENAME TO p12_key;
