DROP VIEW public.v3;
DROP VIEW public.v2;
DROP VIEW public.v1;
CREATE VIEW public.v1 AS
 SELECT id,
    (amount)::bigint AS amount
   FROM public.data;
CREATE VIEW public.v2 AS
 SELECT id,
    (amount * 2) AS twice
   FROM public.v1;
CREATE VIEW public.v3 AS
 SELECT sum(twice) AS total
   FROM public.v2;
