ALTER INDEX public.p1_foo_code_key RENAME TO p1_codes;
ALTER INDEX public.p1_pkey RENAME TO p1_key;
