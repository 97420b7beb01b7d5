ALTER TABLE public.tasks ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.tasks ALTER COLUMN points DROP DEFAULT;
-- hazard irreversible: the downgrade converts public.tasks.status back from text to character varying(20), which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.tasks ALTER COLUMN status TYPE text;
ALTER TABLE public.tasks ALTER COLUMN status SET DEFAULT 'new'::text;
-- hazard table-rewrite: rewrites table public.tasks to convert points from integer to bigint
-- hazard irreversible: the downgrade converts public.tasks.points back from bigint to integer, which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.tasks ALTER COLUMN points TYPE bigint;
ALTER TABLE public.tasks ALTER COLUMN points SET DEFAULT 0;
