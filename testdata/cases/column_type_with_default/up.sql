ALTER TABLE public.tasks ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.tasks ALTER COLUMN points DROP DEFAULT;
ALTER TABLE public.tasks ALTER COLUMN status TYPE text;
ALTER TABLE public.tasks ALTER COLUMN status SET DEFAULT 'new'::text;
-- hazard table-rewrite: rewrites table public.tasks to convert points from integer to bigint
ALTER TABLE public.tasks ALTER COLUMN points TYPE bigint;
ALTER TABLE public.tasks ALTER COLUMN points SET DEFAULT 0;
