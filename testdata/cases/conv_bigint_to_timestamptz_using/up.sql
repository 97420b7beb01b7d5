-- hazard irreversible: the downgrade cannot convert public.events.created back from timestamp with time zone to bigint: PostgreSQL has no cast, and the model's expression only goes forward; the downgrade stops at a refused step (edit the revision's downgrade to convert it)
-- hazard table-rewrite: rewrites table public.events to convert created from bigint to timestamp with time zone
-- hazard data-loss: converting public.events.created from bigint to timestamp with time zone may lose precision or fail on values that do not fit
ALTER TABLE public.events ALTER COLUMN created TYPE timestamp with time zone USING to_timestamp(created);
