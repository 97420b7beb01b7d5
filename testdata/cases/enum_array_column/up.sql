-- hazard data-loss: removes label(s) obsolete of public.tag: converting rows that hold them fails
-- hazard table-rewrite: rewrites table public.items to convert tags to the new public.tag
-- hazard table-rewrite: rewrites table public.items to convert main to the new public.tag
ALTER TYPE public.tag RENAME TO tag__retort_old;
CREATE TYPE public.tag AS ENUM ('red', 'green', 'blue');
ALTER TABLE public.items ALTER COLUMN tags DROP DEFAULT;
ALTER TABLE public.items ALTER COLUMN tags TYPE public.tag[] USING tags::text[]::public.tag[];
ALTER TABLE public.items ALTER COLUMN main TYPE public.tag USING main::text::public.tag;
DROP TYPE public.tag__retort_old;
ALTER TABLE public.items ALTER COLUMN tags SET DEFAULT '{}'::public.tag[];
