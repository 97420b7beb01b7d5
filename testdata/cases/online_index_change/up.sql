CREATE INDEX CONCURRENTLY docs_lookup_idx_retort_new ON public.docs (title, email) WHERE (deleted_at IS NULL);
DROP INDEX CONCURRENTLY public.docs_lookup_idx;
ALTER INDEX public.docs_lookup_idx_retort_new RENAME TO docs_lookup_idx;
COMMENT ON INDEX public.docs_lookup_idx IS 'lookup by title and email';
