-- hazard long-lock: drops index p_note_idx without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.p waits for running queries and blocks new ones meanwhile
DROP INDEX public.p_note_idx;
-- hazard long-lock: builds index p_note_idx on public.p without CONCURRENTLY, blocking writes
CREATE INDEX p_note_idx ON public.p (note, id);
ALTER INDEX public.p1_note_id_idx RENAME TO p1_notes;
