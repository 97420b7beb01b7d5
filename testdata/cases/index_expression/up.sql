-- hazard long-lock: builds index docs_body_k_idx on public.docs without CONCURRENTLY, blocking writes
CREATE INDEX docs_body_k_idx ON public.docs ((body ->> 'k'::text), (score + 1));
-- hazard long-lock: builds index docs_email_lower_key on public.docs without CONCURRENTLY, blocking writes
CREATE UNIQUE INDEX docs_email_lower_key ON public.docs (lower(email));
