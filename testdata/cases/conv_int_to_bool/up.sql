-- hazard table-rewrite: rewrites table public.flags to convert active from integer to boolean
-- hazard data-loss: converting public.flags.active from integer to boolean may lose precision or fail on values that do not fit
ALTER TABLE public.flags ALTER COLUMN active TYPE boolean USING active::boolean;
