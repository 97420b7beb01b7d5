CREATE MATERIALIZED VIEW public.totals AS
 SELECT count(*) AS n
   FROM public.orders;
ALTER MATERIALIZED VIEW public.totals OWNER TO postgres;
GRANT SELECT ON TABLE public.totals TO retort_t_reader;
REVOKE TRUNCATE ON TABLE public.orders FROM postgres;
REVOKE ALL ON TABLE public.orders FROM retort_t_admin;
REVOKE INSERT ON TABLE public.orders FROM retort_t_reader;
GRANT UPDATE ON TABLE public.orders TO retort_t_reader;
GRANT DELETE, TRUNCATE ON TABLE public.orders TO retort_t_writer;
REVOKE SELECT ON TABLE public.recent FROM retort_t_reader;
GRANT INSERT, SELECT ON TABLE public.recent TO retort_t_writer;
