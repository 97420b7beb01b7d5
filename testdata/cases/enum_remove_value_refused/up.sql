-- hazard data-loss: removes label(s) banana of public.fruit without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.baskets to convert fruit to the new public.fruit
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.baskets WHERE fruit::text = 'banana') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''banana'' of public.fruit is still used by rows of public.baskets.fruit; map it with removed_labels: {banana: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.fruit RENAME TO fruit__retort_old;
CREATE TYPE public.fruit AS ENUM ('apple', 'cherry');
ALTER TABLE public.baskets ALTER COLUMN fruit TYPE public.fruit USING fruit::text::public.fruit;
DROP TYPE public.fruit__retort_old;
