SELECT 1 / (count(*) = 1)::int FROM events WHERE id = 2 AND created = '1970-01-02 00:00:00+00'::timestamptz;
