-- hazard in-use: drops function public.is_warm(x public.color): callers outside the model (applications, triggers or views in schemas out of scope) fail afterwards
DROP FUNCTION public.is_warm(x public.color);
-- hazard data-loss: removes label(s) blue of public.color without a mapping (removed_labels): the upgrade stops if rows still hold them
ALTER TYPE public.color RENAME TO color__retort_old;
CREATE TYPE public.color AS ENUM ('red', 'green');
-- hazard data-loss: drops domain public.warm and its checks
DROP DOMAIN public.warm;
DROP TYPE public.color__retort_old;
