CREATE INDEX p_note_idx ON ONLY public.p (note);
-- hazard long-lock: builds index p1_note_idx on public.p1 without CONCURRENTLY, blocking writes
CREATE INDEX p1_note_idx ON public.p1 (note);
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p1_note_idx;
-- hazard long-lock: builds index p2_notes on public.p2 without CONCURRENTLY, blocking writes
CREATE INDEX p2_notes ON public.p2 (note);
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p2_notes;
