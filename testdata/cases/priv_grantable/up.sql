REVOKE GRANT OPTION FOR SELECT ON TABLE public.docs FROM retort_t_reader;
GRANT TRUNCATE ON TABLE public.docs TO postgres WITH GRANT OPTION;
GRANT INSERT ON TABLE public.docs TO retort_t_reader WITH GRANT OPTION;
REVOKE GRANT OPTION FOR UPDATE (body) ON TABLE public.docs FROM retort_t_writer;
GRANT SELECT (body) ON TABLE public.docs TO retort_t_writer WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION public.f() TO retort_t_admin WITH GRANT OPTION;
