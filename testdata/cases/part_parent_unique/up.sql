-- hazard long-lock: builds the index of p_code_key on public.p while blocking writes
ALTER TABLE public.p ADD CONSTRAINT p_code_key UNIQUE (foo, code);
ALTER INDEX public.p2_foo_code_key RENAME TO p2_codes;
