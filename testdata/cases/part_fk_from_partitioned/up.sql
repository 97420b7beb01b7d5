CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES IN ('b');
CREATE INDEX p_ref_idx ON ONLY public.p (ref_id);
-- hazard long-lock: builds index p1_ref_id_idx on public.p1 without CONCURRENTLY, blocking writes
CREATE INDEX p1_ref_id_idx ON public.p1 (ref_id);
ALTER INDEX public.p_ref_idx ATTACH PARTITION public.p1_ref_id_idx;
CREATE INDEX p2_refs ON public.p2 (ref_id);
ALTER INDEX public.p_ref_idx ATTACH PARTITION public.p2_refs;
-- hazard long-lock: checks every row of public.p against public.ref while blocking writes to both tables
ALTER TABLE public.p ADD CONSTRAINT p_ref_id_fkey FOREIGN KEY (ref_id) REFERENCES public.ref (id);
