CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES IN ('b');
DO $$
DECLARE
    found name;
BEGIN
    SELECT c.relname INTO found
    FROM pg_catalog.pg_inherits i
    JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
    JOIN pg_catalog.pg_index x ON x.indexrelid = i.inhrelid
    WHERE i.inhparent = 'public.p_lower_idx'::regclass AND x.indrelid = 'public.p2'::regclass;
    IF found IS NULL THEN
        RAISE EXCEPTION 'no index of % is attached to %', 'public.p2', 'public.p_lower_idx';
    END IF;
    IF found <> 'p2_lower_notes' THEN
        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', 'public', found, 'p2_lower_notes');
    END IF;
END
$$;
DO $$
DECLARE
    found name;
BEGIN
    SELECT c.relname INTO found
    FROM pg_catalog.pg_inherits i
    JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
    JOIN pg_catalog.pg_index x ON x.indexrelid = i.inhrelid
    WHERE i.inhparent = 'public.p_note_idx'::regclass AND x.indrelid = 'public.p2'::regclass;
    IF found IS NULL THEN
        RAISE EXCEPTION 'no index of % is attached to %', 'public.p2', 'public.p_note_idx';
    END IF;
    IF found <> 'p2_notes' THEN
        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', 'public', found, 'p2_notes');
    END IF;
END
$$;
