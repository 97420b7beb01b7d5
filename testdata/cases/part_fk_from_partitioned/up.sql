CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES IN ('b');
-- hazard long-lock: builds index p_ref_idx on public.p without CONCURRENTLY, blocking writes
CREATE INDEX p_ref_idx ON public.p (ref_id);
-- hazard long-lock: checks every row of public.p against public.ref while blocking writes to both tables
ALTER TABLE public.p ADD CONSTRAINT p_ref_id_fkey FOREIGN KEY (ref_id) REFERENCES public.ref (id);
ALTER INDEX public.p2_ref_id_idx RENAME TO p2_refs;
