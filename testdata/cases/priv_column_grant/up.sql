CREATE TABLE public.audit (
    at timestamp with time zone,
    who text
);
ALTER TABLE public.audit OWNER TO postgres;
GRANT INSERT (at) ON TABLE public.audit TO retort_t_writer;
GRANT INSERT (who), REFERENCES (who) ON TABLE public.audit TO retort_t_writer;
ALTER TABLE public.users ADD COLUMN added text;
GRANT SELECT (added), UPDATE (added) ON TABLE public.users TO retort_t_writer;
GRANT SELECT (name) ON TABLE public.people TO retort_t_reader;
GRANT SELECT (email) ON TABLE public.users TO retort_t_reader;
GRANT INSERT (email), UPDATE (email) ON TABLE public.users TO retort_t_writer;
REVOKE UPDATE (name) ON TABLE public.users FROM retort_t_writer;
