-- hazard irreversible: moves the rows holding removed label(s) banana of public.fruit to their mapped labels; the downgrade adds the labels back but cannot tell which rows held them
-- hazard table-rewrite: rewrites table public.baskets to convert fruit to the new public.fruit
-- hazard table-rewrite: rewrites table public.baskets to convert extras to the new public.fruit
ALTER TYPE public.fruit RENAME TO fruit__retort_old;
CREATE TYPE public.fruit AS ENUM ('apple', 'cherry');
ALTER TABLE public.baskets ALTER COLUMN fruit TYPE public.fruit USING (CASE fruit::text WHEN 'banana' THEN 'apple' ELSE fruit::text END)::public.fruit;
ALTER TABLE public.baskets ALTER COLUMN extras TYPE public.fruit[] USING array_replace(extras::text[], 'banana', 'apple')::public.fruit[];
DROP TYPE public.fruit__retort_old;
