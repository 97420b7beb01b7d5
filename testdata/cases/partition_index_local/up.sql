-- hazard long-lock: checks every row of public.events_2024_01 while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.events_2024_01 ADD CONSTRAINT jan_note CHECK (note <> ''::text);
-- hazard long-lock: builds index events_2024_01_note_idx on public.events_2024_01 without CONCURRENTLY, blocking writes
CREATE INDEX events_2024_01_note_idx ON public.events_2024_01 (note);
