SET check_function_bodies = false;
-- hazard in-use: drops view public.t_ids: queries outside the model (applications, views in schemas out of scope) that read it fail afterwards
DROP VIEW public.t_ids;
DROP FUNCTION public.twice(x integer);
CREATE OR REPLACE FUNCTION public.twice(x bigint)
 RETURNS bigint
 LANGUAGE sql
AS $function$SELECT x * 2$function$;
-- hazard in-use: drops function public.answer(): callers outside the model (applications, triggers or views in schemas out of scope) fail afterwards
DROP FUNCTION public.answer();
