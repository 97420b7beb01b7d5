CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES IN ('b');
-- hazard long-lock: checks every row of public.r against public.p while blocking writes to both tables
ALTER TABLE public.r ADD CONSTRAINT r_p_fkey FOREIGN KEY (foo, id) REFERENCES public.p (foo, id);
ALTER INDEX public.p2_pkey RENAME TO p2_key;
