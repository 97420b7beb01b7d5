SELECT 1 / (count(*) = 1)::int FROM readings WHERE id = 1 AND value = 42;
SELECT 1 / (count(*) = 2)::int FROM readings WHERE value IS NULL;
