CREATE SCHEMA reports;
ALTER SCHEMA reports OWNER TO retort_t_owner;
GRANT USAGE ON SCHEMA reports TO retort_t_reader;
REVOKE USAGE ON SCHEMA app FROM retort_t_reader;
GRANT ALL ON SCHEMA app TO retort_t_writer;
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
