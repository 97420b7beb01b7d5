CREATE TABLE public.tag (
    name text
);
ALTER TABLE public.item ADD CONSTRAINT item_label_nn NOT NULL label NOT VALID;
ALTER TABLE public.item ADD COLUMN weight integer;
ALTER TABLE public.item ADD CONSTRAINT item_weight_nn NOT NULL weight NOT VALID;
ALTER TABLE public.item VALIDATE CONSTRAINT item_code_nn;
ALTER TABLE public.tag ADD NOT NULL name NOT VALID;
