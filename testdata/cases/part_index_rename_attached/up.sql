ALTER INDEX public.p1_note_idx RENAME TO p1_notes;
