-- hazard table-rewrite: rewrites table public.codes to convert code from character varying(20) to character varying(5)
-- hazard data-loss: converting public.codes.code from character varying(20) to character varying(5) may lose precision or fail on values that do not fit
ALTER TABLE public.codes ALTER COLUMN code TYPE character varying(5);
