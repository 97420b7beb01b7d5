CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES IN ('b');
COMMENT ON INDEX public.p1_note_idx IS 'notes of a';
COMMENT ON CONSTRAINT p1_pkey ON public.p1 IS 'key of a';
COMMENT ON INDEX public.p1_pkey IS 'index of the key of a';
COMMENT ON INDEX public.p2_note_idx IS 'notes of b';
