-- hazard data-loss: removes label(s) guest of public.role: converting rows that hold them fails
-- hazard table-rewrite: rewrites table public.members to convert role to the new public.role
ALTER TYPE public.role RENAME TO role__retort_old;
CREATE TYPE public.role AS ENUM ('admin', 'editor', 'viewer');
ALTER TABLE public.members ALTER COLUMN role TYPE public.role USING role::text::public.role;
DROP TYPE public.role__retort_old;
