-- hazard data-loss: drops table public.events_2024_03 and all its rows
DROP TABLE public.events_2024_03;
