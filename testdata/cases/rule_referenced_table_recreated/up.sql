DROP RULE archive_delete ON public.items;
DROP RULE log_insert ON public.items;
-- hazard data-loss: drops table public.item_log_all and all its rows
DROP TABLE public.item_log_all;
-- hazard data-loss: drops table public.item_log and all its rows
DROP TABLE public.item_log;
CREATE TABLE public.item_log (
    id integer NOT NULL,
    at date DEFAULT CURRENT_DATE NOT NULL
) PARTITION BY LIST (at);
CREATE TABLE public.item_log_all PARTITION OF public.item_log DEFAULT;
-- hazard irreversible: the downgrade converts public.archive.name back from text to character varying(10), which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.archive ALTER COLUMN name TYPE text;
CREATE RULE archive_delete AS
    ON DELETE TO public.items DO  INSERT INTO public.archive (id, name)
  VALUES (old.id, old.name);
CREATE RULE log_insert AS
    ON INSERT TO public.items DO  INSERT INTO public.item_log (id)
  VALUES (new.id);
