SET check_function_bodies = false;
DROP VIEW public.summary;
DROP FUNCTION public.total_balance();
DROP VIEW public.balances;
CREATE VIEW public.balances AS
 SELECT id,
    (balance)::bigint AS balance
   FROM public.accounts;
CREATE OR REPLACE FUNCTION public.total_balance()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(balances.balance) AS sum
    FROM public.balances;
END;
CREATE VIEW public.summary AS
 SELECT public.total_balance() AS total;
