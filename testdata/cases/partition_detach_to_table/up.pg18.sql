ALTER TABLE public.a DETACH PARTITION public.p;
ALTER TABLE public.p RENAME CONSTRAINT a_id_not_null TO p_id_not_null;
