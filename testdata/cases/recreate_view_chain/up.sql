DROP VIEW public.v3;
DROP VIEW public.v2;
DROP VIEW public.v1;
CREATE VIEW public.v1 AS
 SELECT data.id,
    (data.amount)::bigint AS amount
   FROM public.data;
CREATE VIEW public.v2 AS
 SELECT v1.id,
    (v1.amount * 2) AS twice
   FROM public.v1;
CREATE VIEW public.v3 AS
 SELECT sum(v2.twice) AS total
   FROM public.v2;
