-- hazard long-lock: checks every row of public.Ledger while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public."Ledger" ADD CONSTRAINT "Amount: positive!" CHECK ("Amount" > (0)::numeric);
-- hazard long-lock: builds the index of Ledger PK on public.Ledger while blocking writes
ALTER TABLE public."Ledger" ADD CONSTRAINT "Ledger PK" PRIMARY KEY ("Entry Id");
-- hazard long-lock: builds the index of unique "amount" on public.Ledger while blocking writes
ALTER TABLE public."Ledger" ADD CONSTRAINT "unique ""amount""" UNIQUE ("Amount");
-- hazard long-lock: checks every row of public.Ledger against public.Ledger while blocking writes to both tables
ALTER TABLE public."Ledger" ADD CONSTRAINT "Parent→Entry" FOREIGN KEY ("Parent") REFERENCES public."Ledger" ("Entry Id");
COMMENT ON CONSTRAINT "Amount: positive!" ON public."Ledger" IS 'ledger amounts are positive';
