-- hazard data-loss: removes label(s) obsolete of public.tag without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.items to convert tags to the new public.tag
-- hazard table-rewrite: rewrites table public.items to convert main to the new public.tag
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.items WHERE 'obsolete' = ANY (tags::text[])) THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''obsolete'' of public.tag is still used by rows of public.items.tags; map it with removed_labels: {obsolete: <label>} in the model, or update those rows first'; END IF; END $retort$;
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.items WHERE main::text = 'obsolete') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''obsolete'' of public.tag is still used by rows of public.items.main; map it with removed_labels: {obsolete: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.tag RENAME TO tag__retort_old;
CREATE TYPE public.tag AS ENUM ('red', 'green', 'blue');
ALTER TABLE public.items ALTER COLUMN tags DROP DEFAULT;
ALTER TABLE public.items ALTER COLUMN tags TYPE public.tag[] USING tags::text[]::public.tag[];
ALTER TABLE public.items ALTER COLUMN main TYPE public.tag USING main::text::public.tag;
DROP TYPE public.tag__retort_old;
ALTER TABLE public.items ALTER COLUMN tags SET DEFAULT '{}'::public.tag[];
