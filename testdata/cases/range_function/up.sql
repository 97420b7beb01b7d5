SET check_function_bodies = false;
DROP VIEW public.unit;
DROP FUNCTION public.total_width(s public.numspan_multirange);
DROP FUNCTION public.span_width(s public.numspan);
DROP TYPE public.numspan;
CREATE OR REPLACE FUNCTION public.numeric_diff(a numeric, b numeric)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT (a - b)::float8$function$;
CREATE TYPE public.numspan AS RANGE (subtype = numeric, subtype_diff = public.numeric_diff);
CREATE OR REPLACE FUNCTION public.span_width(s public.numspan)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT upper(s) - lower(s)$function$;
CREATE OR REPLACE FUNCTION public.total_width(s public.numspan_multirange)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT sum(upper(r) - lower(r)) FROM unnest(s) AS r$function$;
CREATE VIEW public.unit AS
 SELECT public.numspan((0)::numeric, (1)::numeric) AS s;
