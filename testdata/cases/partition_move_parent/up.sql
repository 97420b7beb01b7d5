ALTER TABLE public.a DETACH PARTITION public.p;
-- hazard long-lock: checks every row of public.p against its partition bound (and scans the default partition of public.b, if any) while holding locks
ALTER TABLE public.b ATTACH PARTITION public.p FOR VALUES FROM (0) TO (50);
