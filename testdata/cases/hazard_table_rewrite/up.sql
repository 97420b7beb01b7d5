-- hazard table-rewrite: rewrites table public.cache to switch it to UNLOGGED
ALTER TABLE public.cache SET UNLOGGED;
-- hazard table-rewrite: rewrites table public.readings to convert value from integer to numeric(10,2)
-- hazard irreversible: the downgrade converts public.readings.value back from numeric(10,2) to integer, which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.readings ALTER COLUMN value TYPE numeric(10,2);
-- hazard table-rewrite: rewrites table public.readings: the default of uid is volatile and is computed for every row
ALTER TABLE public.readings ADD COLUMN uid uuid DEFAULT gen_random_uuid();
