-- hazard long-lock: builds index docs_score_desc_idx on public.docs without CONCURRENTLY, blocking writes
CREATE INDEX docs_score_desc_idx ON public.docs (score DESC NULLS LAST, created_at NULLS FIRST);
