SET check_function_bodies = false;
DROP STATISTICS public.readings_bucket;
DROP FUNCTION public.bucket(n integer);
CREATE OR REPLACE FUNCTION public.bucket(n integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT (n / 10)::bigint$function$;
CREATE STATISTICS public.readings_bucket ON site, (public.bucket(level)) FROM public.readings;
