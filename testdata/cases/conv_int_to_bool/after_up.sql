SELECT 1 / (count(*) = 1)::int FROM flags WHERE id = 2 AND active;
