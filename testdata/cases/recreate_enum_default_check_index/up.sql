ALTER TABLE public.other DROP CONSTRAINT other_label_check;
ALTER TABLE public.posts DROP CONSTRAINT not_gone;
ALTER TABLE public.posts DROP CONSTRAINT ordered;
-- hazard long-lock: drops index posts_live without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.posts waits for running queries and blocks new ones meanwhile
DROP INDEX public.posts_live;
-- hazard long-lock: drops index posts_one_draft without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.posts waits for running queries and blocks new ones meanwhile
DROP INDEX public.posts_one_draft;
-- hazard long-lock: drops index posts_status_text without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.posts waits for running queries and blocks new ones meanwhile
DROP INDEX public.posts_status_text;
-- hazard data-loss: removes label(s) gone of public.status without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.posts to convert status to the new public.status
-- hazard table-rewrite: rewrites table public.posts to convert prev to the new public.status
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.posts WHERE status::text = 'gone') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''gone'' of public.status is still used by rows of public.posts.status; map it with removed_labels: {gone: <label>} in the model, or update those rows first'; END IF; END $retort$;
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.posts WHERE prev::text = 'gone') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''gone'' of public.status is still used by rows of public.posts.prev; map it with removed_labels: {gone: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.status RENAME TO status__retort_old;
CREATE TYPE public.status AS ENUM ('draft', 'live', 'hidden');
ALTER TABLE public.posts ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.posts ALTER COLUMN status TYPE public.status USING status::text::public.status;
ALTER TABLE public.posts ALTER COLUMN prev DROP DEFAULT;
ALTER TABLE public.posts ALTER COLUMN prev TYPE public.status USING prev::text::public.status;
DROP TYPE public.status__retort_old;
ALTER TABLE public.posts ALTER COLUMN status SET DEFAULT 'draft'::public.status;
ALTER TABLE public.posts ALTER COLUMN prev SET DEFAULT 'draft'::public.status;
-- hazard long-lock: checks every row of public.other while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.other ADD CONSTRAINT other_label_check CHECK (label IS DISTINCT FROM ('hidden'::public.status)::text);
-- hazard long-lock: checks every row of public.posts while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.posts ADD CONSTRAINT not_gone CHECK (status <> 'hidden'::public.status);
-- hazard long-lock: checks every row of public.posts while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.posts ADD CONSTRAINT ordered CHECK ((prev IS NULL) OR (prev <= status));
-- hazard long-lock: builds index posts_live on public.posts without CONCURRENTLY, blocking writes
CREATE INDEX posts_live ON public.posts (id) WHERE (status = 'live'::public.status);
-- hazard long-lock: builds index posts_one_draft on public.posts without CONCURRENTLY, blocking writes
CREATE UNIQUE INDEX posts_one_draft ON public.posts (status) WHERE (status = 'draft'::public.status);
-- hazard long-lock: builds index posts_status_text on public.posts without CONCURRENTLY, blocking writes
CREATE INDEX posts_status_text ON public.posts ((status = 'live'::public.status), (status > 'draft'::public.status));
