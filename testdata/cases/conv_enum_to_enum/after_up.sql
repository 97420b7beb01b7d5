-- The rows kept their labels (a division by zero otherwise).
SELECT 1 / (count(*) = 2)::int FROM walls WHERE (id, color) IN ((1, 'red'::paint), (2, 'green'::paint));
