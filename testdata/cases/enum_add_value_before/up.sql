ALTER TYPE public.size ADD VALUE 'medium' AFTER 'small';
