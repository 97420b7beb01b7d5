SELECT 1 / (attrs -> 'b' = '2')::int FROM items WHERE id = 1;
