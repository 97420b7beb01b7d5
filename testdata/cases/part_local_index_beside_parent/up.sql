-- hazard long-lock: builds index p1_id_note on public.p1 without CONCURRENTLY, blocking writes
CREATE INDEX p1_id_note ON public.p1 (id, note);
-- hazard long-lock: builds index p2_note_local on public.p2 without CONCURRENTLY, blocking writes
CREATE INDEX p2_note_local ON public.p2 (note) WHERE (id > 0);
