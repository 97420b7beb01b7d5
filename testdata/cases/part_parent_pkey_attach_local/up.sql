-- hazard long-lock: builds the index of p_pkey on public.p while blocking writes
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (foo, id);
