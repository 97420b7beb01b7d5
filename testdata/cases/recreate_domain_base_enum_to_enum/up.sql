-- hazard table-rewrite: rewrites table public.shirts to convert size to the new public.size
ALTER DOMAIN public.size RENAME TO size__retort_old;
CREATE DOMAIN public.size AS public.size_b;
ALTER TABLE public.shirts ALTER COLUMN size TYPE public.size USING size::text::public.size;
DROP DOMAIN public.size__retort_old;
