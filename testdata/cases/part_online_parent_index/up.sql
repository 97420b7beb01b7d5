CREATE INDEX p_note_idx ON ONLY public.p (note);
CREATE INDEX p1_note_idx ON ONLY public.p1 (note);
CREATE INDEX CONCURRENTLY p11_note_idx ON public.p11 (note);
ALTER INDEX public.p1_note_idx ATTACH PARTITION public.p11_note_idx;
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p1_note_idx;
CREATE INDEX CONCURRENTLY p2_notes ON public.p2 (note);
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p2_notes;
