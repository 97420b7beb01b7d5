SET check_function_bodies = false;
DROP VIEW public.tv;
DROP FUNCTION public.f(a integer);
-- hazard table-rewrite: rewrites table public.t to convert m to the new public.mood
ALTER TYPE public.mood RENAME TO mood__retort_old;
CREATE TYPE public.mood AS ENUM ('sad', 'ok');
ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
DROP TYPE public.mood__retort_old;
ALTER TYPE public.mood OWNER TO postgres;
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
GRANT USAGE ON TYPE public.mood TO retort_t_reader;
CREATE OR REPLACE FUNCTION public.f(a bigint)
 RETURNS bigint
 LANGUAGE sql
AS $function$SELECT a$function$;
ALTER FUNCTION public.f(a bigint) OWNER TO postgres;
REVOKE EXECUTE ON FUNCTION public.f(a bigint) FROM PUBLIC;
-- hazard table-rewrite: rewrites table public.t to convert v from integer to bigint
-- hazard irreversible: the downgrade converts public.t.v back from bigint to integer, which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.t ALTER COLUMN v TYPE bigint;
CREATE VIEW public.tv AS
 SELECT id,
    v
   FROM public.t;
ALTER VIEW public.tv OWNER TO retort_t_owner;
GRANT SELECT ON TABLE public.tv TO retort_t_reader;
