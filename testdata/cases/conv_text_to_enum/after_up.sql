SELECT 1 / (count(*) = 1)::int FROM tickets WHERE id = 2 AND state = 'closed'::state;
