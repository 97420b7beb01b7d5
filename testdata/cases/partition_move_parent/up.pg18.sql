ALTER TABLE public.a DETACH PARTITION public.p;
ALTER TABLE public.p RENAME CONSTRAINT a_id_not_null TO p_id_not_null;
-- hazard long-lock: checks every row of public.p against its partition bound (and scans the default partition of public.b, if any) while holding locks
ALTER TABLE public.b ATTACH PARTITION public.p FOR VALUES FROM (0) TO (50);
