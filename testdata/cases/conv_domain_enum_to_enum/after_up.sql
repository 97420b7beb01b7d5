SELECT 1 / (count(*) = 1)::int FROM walls WHERE id = 2 AND color = 'green'::paint;
