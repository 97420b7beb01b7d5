-- hazard long-lock: drops index p_note_idx without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.p waits for running queries and blocks new ones meanwhile
DROP INDEX public.p_note_idx;
-- hazard long-lock: builds index p1_by_note on public.p1 without CONCURRENTLY, blocking writes
CREATE INDEX p1_by_note ON public.p1 (note);
