ALTER TABLE public.events DETACH PARTITION public.events_2024_02;
-- hazard long-lock: checks every row of public.events_2024_02 against its partition bound (and scans the default partition of public.events, if any) while holding locks
ALTER TABLE public.events ATTACH PARTITION public.events_2024_02 FOR VALUES FROM ('2024-02-01') TO ('2024-04-01');
