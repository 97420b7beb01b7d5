ALTER TABLE public.p DROP CONSTRAINT p_pkey;
-- hazard long-lock: builds the index of p1_pkey on public.p1 while blocking writes
ALTER TABLE public.p1 ADD CONSTRAINT p1_pkey PRIMARY KEY (foo, id);
-- hazard long-lock: builds the index of p2_local_key on public.p2 while blocking writes
ALTER TABLE public.p2 ADD CONSTRAINT p2_local_key UNIQUE (id);
