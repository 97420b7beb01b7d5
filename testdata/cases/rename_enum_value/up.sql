ALTER TYPE public.fruit RENAME VALUE 'banana' TO 'blueberry';
