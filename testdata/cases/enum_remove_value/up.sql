-- hazard data-loss: removes label(s) guest of public.role without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.members to convert role to the new public.role
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.members WHERE role::text = 'guest') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''guest'' of public.role is still used by rows of public.members.role; map it with removed_labels: {guest: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.role RENAME TO role__retort_old;
CREATE TYPE public.role AS ENUM ('admin', 'editor', 'viewer');
ALTER TABLE public.members ALTER COLUMN role TYPE public.role USING role::text::public.role;
DROP TYPE public.role__retort_old;
