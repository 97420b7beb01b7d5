-- hazard irreversible: moves the rows holding removed label(s) banana of public.fruit to their mapped labels; the downgrade adds the labels back but cannot tell which rows held them
-- hazard table-rewrite: rewrites table public.lunches to convert main to the new public.fruit
ALTER TYPE public.fruit RENAME TO fruit__retort_old;
CREATE TYPE public.fruit AS ENUM ('apple', 'cherry');
ALTER TABLE public.lunches ALTER COLUMN main TYPE public.fruit USING (CASE main::text WHEN 'banana' THEN 'apple' ELSE main::text END)::public.fruit;
-- hazard table-rewrite: rewrites table public.lunches to convert side to the new public.snack
-- hazard table-rewrite: rewrites table public.lunches to convert sides to the new public.snack
ALTER DOMAIN public.snack RENAME TO snack__retort_old;
ALTER DOMAIN public.snack__retort_old DROP NOT NULL;
CREATE DOMAIN public.snack AS public.fruit NOT NULL;
ALTER TABLE public.lunches ALTER COLUMN side TYPE public.snack USING (CASE side::text WHEN 'banana' THEN 'apple' ELSE side::text END)::public.snack;
ALTER TABLE public.lunches ALTER COLUMN sides TYPE public.snack[] USING array_replace(sides::text[], 'banana', 'apple')::public.snack[];
-- hazard table-rewrite: rewrites table public.lunches to convert dessert to the new public.sweet
ALTER DOMAIN public.sweet RENAME TO sweet__retort_old;
CREATE DOMAIN public.sweet AS public.snack CONSTRAINT sweet_check CHECK (((VALUE)::public.fruit <> 'cherry'::public.fruit));
ALTER TABLE public.lunches ALTER COLUMN dessert TYPE public.sweet USING (CASE dessert::text WHEN 'banana' THEN 'apple' ELSE dessert::text END)::public.sweet;
DROP DOMAIN public.sweet__retort_old;
DROP DOMAIN public.snack__retort_old;
DROP TYPE public.fruit__retort_old;
