-- hazard data-loss: removes label(s) c of public.kind without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.base to convert k to the new public.kind
-- hazard table-rewrite: rewrites table public.events to convert k to the new public.kind
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.base WHERE k::text = 'c') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''c'' of public.kind is still used by rows of public.base.k; map it with removed_labels: {c: <label>} in the model, or update those rows first'; END IF; END $retort$;
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.events WHERE k::text = 'c') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''c'' of public.kind is still used by rows of public.events.k; map it with removed_labels: {c: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.kind RENAME TO kind__retort_old;
CREATE TYPE public.kind AS ENUM ('a', 'b');
ALTER TABLE public.base ALTER COLUMN k TYPE public.kind USING k::text::public.kind;
ALTER TABLE public.events ALTER COLUMN k DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN k TYPE public.kind USING k::text::public.kind;
-- hazard table-rewrite: rewrites table public.base to convert t to the new public.tagged
-- hazard table-rewrite: rewrites table public.events to convert t to the new public.tagged
ALTER TYPE public.tagged RENAME TO tagged__retort_old;
CREATE TYPE public.tagged AS (
    k public.kind,
    n integer
);
ALTER TABLE public.base ALTER COLUMN t TYPE public.tagged USING t::text::public.tagged;
ALTER TABLE public.events ALTER COLUMN t TYPE public.tagged USING t::text::public.tagged;
DROP TYPE public.tagged__retort_old;
ALTER TABLE public.events ALTER COLUMN k SET DEFAULT 'a'::public.kind;
DROP TYPE public.kind__retort_old;
