SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.nth_final(st integer[], n integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT (SELECT array_agg(x ORDER BY x) FROM unnest(st) x)[n] $function$;
CREATE OR REPLACE AGGREGATE public.nth(integer ORDER BY integer) (
    SFUNC = array_append,
    STYPE = integer[],
    FINALFUNC = public.nth_final,
    INITCOND = '{}'
);
CREATE VIEW public.third AS
 SELECT public.nth(3) WITHIN GROUP (ORDER BY v) AS v3
   FROM public.samples;
