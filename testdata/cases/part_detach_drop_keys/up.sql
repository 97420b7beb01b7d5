ALTER TABLE public.p DETACH PARTITION public.p2;
ALTER TABLE public.p2 DROP CONSTRAINT p2_pkey;
-- hazard long-lock: drops index p2_note_idx without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.p2 waits for running queries and blocks new ones meanwhile
DROP INDEX public.p2_note_idx;
ALTER TABLE public.p2 ALTER COLUMN foo DROP NOT NULL;
ALTER TABLE public.p2 ALTER COLUMN id DROP NOT NULL;
