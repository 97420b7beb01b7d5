REVOKE MAINTAIN ON TABLE public.orders FROM retort_t_writer;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.orders TO retort_t_admin;
GRANT MAINTAIN ON TABLE public.orders TO retort_t_reader;
REVOKE MAINTAIN ON TABLE public.totals FROM postgres;
GRANT MAINTAIN ON TABLE public.totals TO retort_t_admin WITH GRANT OPTION;
GRANT MAINTAIN ON TABLE public.totals TO retort_t_reader;
