-- hazard long-lock: builds the index of p1_code_key on public.p1 while blocking writes
ALTER TABLE public.p1 ADD CONSTRAINT p1_code_key UNIQUE (code);
