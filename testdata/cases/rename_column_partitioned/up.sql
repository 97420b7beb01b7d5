ALTER TABLE public.events RENAME COLUMN kind TO event_kind;
