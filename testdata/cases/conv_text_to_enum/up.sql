CREATE TYPE public.state AS ENUM ('open', 'closed');
-- hazard table-rewrite: rewrites table public.tickets to convert state from text to public.state
-- hazard data-loss: converting public.tickets.state from text to public.state may lose precision or fail on values that do not fit
ALTER TABLE public.tickets ALTER COLUMN state TYPE public.state USING state::public.state;
