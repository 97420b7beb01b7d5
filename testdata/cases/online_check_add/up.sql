ALTER TABLE public.items ADD CONSTRAINT items_price_check CHECK (price >= (0)::numeric) NOT VALID;
ALTER TABLE public.items VALIDATE CONSTRAINT items_price_check;
ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK (qty > 0) NOT VALID;
