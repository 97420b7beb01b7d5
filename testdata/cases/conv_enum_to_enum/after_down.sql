SELECT 1 / (count(*) = 2)::int FROM walls WHERE (id, color) IN ((1, 'red'::color), (2, 'green'::color));
