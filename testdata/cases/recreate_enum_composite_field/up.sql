SET check_function_bodies = false;
DROP VIEW public.stock_grams;
DROP FUNCTION public.grams(a public.amount);
-- hazard data-loss: removes label(s) lb of public.unit without a mapping (removed_labels): the upgrade stops if rows still hold them
ALTER TYPE public.unit RENAME TO unit__retort_old;
CREATE TYPE public.unit AS ENUM ('g', 'kg', 'oz');
-- hazard table-rewrite: rewrites table public.stock to convert qty to the new public.amount
-- hazard table-rewrite: rewrites table public.stock to convert history to the new public.amount
ALTER TYPE public.amount RENAME TO amount__retort_old;
CREATE TYPE public.amount AS (
    value numeric,
    unit public.unit
);
ALTER TABLE public.stock ALTER COLUMN qty TYPE public.amount USING qty::text::public.amount;
ALTER TABLE public.stock ALTER COLUMN history TYPE public.amount[] USING history::text[]::public.amount[];
DROP TYPE public.amount__retort_old;
CREATE OR REPLACE FUNCTION public.grams(a public.amount)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE (a).unit WHEN 'kg' THEN (a).value * 1000 ELSE (a).value END $function$;
CREATE VIEW public.stock_grams AS
 SELECT stock.id,
    public.grams(stock.qty) AS g
   FROM public.stock;
DROP TYPE public.unit__retort_old;
