ALTER TABLE public.p DETACH PARTITION public.p2;
ALTER TABLE public.p2 DROP CONSTRAINT p_id_check;
ALTER TABLE public.p2 DROP CONSTRAINT p_ref_id_fkey;
