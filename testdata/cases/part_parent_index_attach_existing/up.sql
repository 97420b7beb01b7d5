-- hazard long-lock: builds index p_note_idx on public.p without CONCURRENTLY, blocking writes
CREATE INDEX p_note_idx ON public.p (note);
