-- hazard long-lock: builds index events_note_idx on public.events without CONCURRENTLY, blocking writes
CREATE INDEX events_note_idx ON public.events (note);
