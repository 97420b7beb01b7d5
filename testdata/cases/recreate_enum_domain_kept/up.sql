-- hazard data-loss: removes label(s) blue of public.color without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.paints to convert base to the new public.color
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.paints WHERE base::text = 'blue') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''blue'' of public.color is still used by rows of public.paints.base; map it with removed_labels: {blue: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.color RENAME TO color__retort_old;
CREATE TYPE public.color AS ENUM ('amber', 'red', 'green');
ALTER TABLE public.paints ALTER COLUMN base TYPE public.color USING base::text::public.color;
-- hazard table-rewrite: rewrites table public.paints to convert shade to the new public.warm
-- hazard table-rewrite: rewrites table public.paints to convert shades to the new public.warm
ALTER DOMAIN public.warm RENAME TO warm__retort_old;
CREATE DOMAIN public.warm AS public.color DEFAULT 'red'::color CONSTRAINT warm_check CHECK ((VALUE <> 'green'::public.color));
ALTER TABLE public.paints ALTER COLUMN shade DROP DEFAULT;
ALTER TABLE public.paints ALTER COLUMN shade TYPE public.warm USING shade::text::public.warm;
ALTER TABLE public.paints ALTER COLUMN shades TYPE public.warm[] USING shades::text[]::public.warm[];
DROP DOMAIN public.warm__retort_old;
ALTER TABLE public.paints ALTER COLUMN shade SET DEFAULT 'amber'::public.color;
DROP TYPE public.color__retort_old;
