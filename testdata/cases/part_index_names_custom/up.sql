-- hazard long-lock: builds index p_note_idx on public.p without CONCURRENTLY, blocking writes
CREATE INDEX p_note_idx ON public.p (note);
ALTER INDEX public.p1_note_idx RENAME TO p1_notes;
ALTER INDEX public.p2_note_idx RENAME TO p2_notes;
