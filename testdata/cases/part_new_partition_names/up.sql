CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES IN ('b');
ALTER INDEX public.p2_note_idx RENAME TO p2_notes;
ALTER INDEX public.p2_pkey RENAME TO p2_key;
