DROP RULE log_delete ON public.items;
CREATE OR REPLACE RULE log_update AS
    ON UPDATE TO public.items
   WHERE (new.name IS DISTINCT FROM old.name) DO  INSERT INTO public.item_log (id, op)
  VALUES (new.id, 'rename'::text);
CREATE RULE log_insert AS
    ON INSERT TO public.items DO  INSERT INTO public.item_log (id, op)
  VALUES (new.id, 'insert'::text);
COMMENT ON RULE log_update ON public.items IS 'renames';
