SET check_function_bodies = false;
DROP VIEW public.big_lines;
DROP FUNCTION public.double_qty(x public.qty);
-- hazard table-rewrite: rewrites table public.lines to convert q from integer to bigint
-- hazard table-rewrite: rewrites table public.lines to convert history from integer to bigint
ALTER DOMAIN public.qty RENAME TO qty__retort_old;
CREATE DOMAIN public.qty AS bigint DEFAULT 1 CONSTRAINT qty_positive CHECK ((VALUE > 0));
ALTER TABLE public.lines ALTER COLUMN q DROP DEFAULT;
ALTER TABLE public.lines ALTER COLUMN q TYPE public.qty USING q::bigint::public.qty;
ALTER TABLE public.lines ALTER COLUMN history TYPE public.qty[] USING history::bigint[]::public.qty[];
DROP DOMAIN public.qty__retort_old;
CREATE OR REPLACE FUNCTION public.double_qty(x public.qty)
 RETURNS public.qty
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT (x * 2)::qty $function$;
ALTER TABLE public.lines ALTER COLUMN q SET DEFAULT 2;
CREATE VIEW public.big_lines AS
 SELECT id,
    q
   FROM public.lines
  WHERE ((q)::bigint > 10);
