-- hazard table-rewrite: rewrites table public.readings to convert value from text to integer
-- hazard data-loss: converting public.readings.value from text to integer may lose precision or fail on values that do not fit
ALTER TABLE public.readings ALTER COLUMN value TYPE integer USING nullif(trim(value), '')::integer;
