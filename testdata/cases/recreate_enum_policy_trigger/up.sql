DROP POLICY no_secrets ON public.audit;
DROP POLICY open_docs ON public.docs;
DROP TRIGGER audit_marker ON public.audit;
DROP TRIGGER docs_private ON public.docs;
-- hazard data-loss: removes label(s) secret of public.visibility without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.docs to convert vis to the new public.visibility
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.docs WHERE vis::text = 'secret') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''secret'' of public.visibility is still used by rows of public.docs.vis; map it with removed_labels: {secret: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.visibility RENAME TO visibility__retort_old;
CREATE TYPE public.visibility AS ENUM ('public', 'team', 'private');
ALTER TABLE public.docs ALTER COLUMN vis TYPE public.visibility USING vis::text::public.visibility;
DROP TYPE public.visibility__retort_old;
CREATE POLICY no_secrets ON public.audit AS PERMISSIVE FOR ALL TO PUBLIC USING (note IS DISTINCT FROM ('private'::public.visibility)::text);
CREATE POLICY open_docs ON public.docs AS PERMISSIVE FOR SELECT TO PUBLIC USING (vis = 'public'::public.visibility);
CREATE TRIGGER audit_marker BEFORE INSERT ON public.audit FOR EACH ROW WHEN ((new.note = ('team'::public.visibility)::text)) EXECUTE FUNCTION suppress_redundant_updates_trigger();
CREATE TRIGGER docs_private AFTER INSERT ON public.docs FOR EACH ROW WHEN ((new.vis = 'private'::public.visibility)) EXECUTE FUNCTION public.log_doc();
