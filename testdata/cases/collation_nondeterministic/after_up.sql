-- 'ANN@EXAMPLE.COM' equals 'Ann@example.com' under the new collation.
DO $$
BEGIN
    INSERT INTO account VALUES (3, 'ANN@EXAMPLE.COM');
    RAISE EXCEPTION 'duplicate accepted';
EXCEPTION WHEN unique_violation THEN
    NULL;
END $$;
