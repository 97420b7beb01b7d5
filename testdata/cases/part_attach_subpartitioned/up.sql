-- hazard long-lock: checks every row of public.t against its partition bound (and scans the default partition of public.p, if any) while holding locks
ALTER TABLE public.p ATTACH PARTITION public.t FOR VALUES IN ('b');
ALTER INDEX public.t_pkey RENAME TO t_key;
ALTER INDEX public.t1_pkey RENAME TO t1_key;
