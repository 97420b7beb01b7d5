-- hazard table-rewrite: rewrites table public.stock to convert qty from public.positive to bigint
-- hazard irreversible: the downgrade converts public.stock.qty back from bigint to public.positive, which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.stock ALTER COLUMN qty TYPE bigint;
