-- The statistics objects as PostgreSQL prints them, with their targets and
-- comments.
DO $$
DECLARE
    got text;
BEGIN
    PERFORM set_config('search_path', '', true);
    SELECT string_agg(pg_get_statisticsobjdef(st.oid)
                      || coalesce(' target ' || nullif(st.stxstattarget, -1), '')
                      || coalesce(' comment ' || obj_description(st.oid, 'pg_statistic_ext'), ''),
                      '; ' ORDER BY st.stxname)
      INTO got
      FROM pg_statistic_ext st;
    IF got IS DISTINCT FROM 'CREATE STATISTICS planner.orders_city_zip ON city, zip FROM public.orders comment city and zip' THEN
        RAISE EXCEPTION 'statistics objects: got %', got;
    END IF;
END $$;
