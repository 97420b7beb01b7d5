-- hazard irreversible: the downgrade removes label medium from public.size again, which fails while rows hold it
ALTER TYPE public.size ADD VALUE 'medium' AFTER 'small';
