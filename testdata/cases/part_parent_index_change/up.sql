-- hazard long-lock: drops index p_note_idx without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.p waits for running queries and blocks new ones meanwhile
DROP INDEX public.p_note_idx;
CREATE INDEX p_note_idx ON ONLY public.p (note, id);
-- hazard long-lock: builds index p1_notes on public.p1 without CONCURRENTLY, blocking writes
CREATE INDEX p1_notes ON public.p1 (note, id);
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p1_notes;
