SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.hidden(x text)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT x$function$;
ALTER FUNCTION public.hidden(x text) OWNER TO postgres;
REVOKE EXECUTE ON FUNCTION public.hidden(x text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.hidden(x text) TO retort_t_writer;
CREATE OR REPLACE AGGREGATE public.total(integer) (
    SFUNC = int4pl,
    STYPE = integer
);
ALTER AGGREGATE public.total(integer) OWNER TO postgres;
REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.add(a integer, b integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.add(a integer, b integer) TO retort_t_reader;
REVOKE EXECUTE ON FUNCTION public.secret() FROM retort_t_admin;
GRANT EXECUTE ON FUNCTION public.secret() TO PUBLIC;
REVOKE EXECUTE ON PROCEDURE public.tidy() FROM PUBLIC;
