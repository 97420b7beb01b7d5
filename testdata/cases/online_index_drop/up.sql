DROP INDEX CONCURRENTLY public.orders_note_idx;
