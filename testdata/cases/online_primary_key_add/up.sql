ALTER TABLE public.events ADD CONSTRAINT events_id_retort_not_null CHECK (id IS NOT NULL) NOT VALID;
ALTER TABLE public.events VALIDATE CONSTRAINT events_id_retort_not_null;
ALTER TABLE public.events ALTER COLUMN id SET NOT NULL;
ALTER TABLE public.events DROP CONSTRAINT events_id_retort_not_null;
CREATE UNIQUE INDEX CONCURRENTLY events_code_key ON public.events (code);
ALTER TABLE public.events ADD CONSTRAINT events_code_key UNIQUE USING INDEX events_code_key DEFERRABLE;
CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON public.events (id) INCLUDE (seq);
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;
COMMENT ON INDEX public.events_pkey IS 'the key';
