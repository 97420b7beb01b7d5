ALTER TABLE public.items DROP CONSTRAINT items_price_positive;
ALTER TABLE public.items DROP CONSTRAINT items_qty_positive;
-- hazard long-lock: checks every row of public.items while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ADD CONSTRAINT items_price_positive CHECK (price > (0)::numeric);
ALTER TABLE public.items ADD CONSTRAINT items_qty_positive CHECK (qty > 0) NOT ENFORCED;
