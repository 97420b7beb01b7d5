SET check_function_bodies = false;
DROP VIEW public.best_run;
DROP AGGREGATE public.best(integer);
DROP FUNCTION public.keep_max(acc integer, v integer);
CREATE OR REPLACE FUNCTION public.keep_max(state integer, value integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT greatest(state, value) $function$;
CREATE OR REPLACE AGGREGATE public.best(integer) (
    SFUNC = public.keep_max,
    STYPE = integer
);
CREATE VIEW public.best_run AS
 SELECT public.best(v) AS b
   FROM public.runs;
