ALTER TABLE public.accounts RENAME CONSTRAINT positive TO accounts_balance_check;
ALTER TABLE public.accounts RENAME CONSTRAINT accounts_pk TO accounts_pkey;
