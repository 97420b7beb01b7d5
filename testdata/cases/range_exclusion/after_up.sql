UPDATE booking SET during = timerange('09:00', '10:00') WHERE id = 1;
DO $$
BEGIN
    INSERT INTO booking VALUES (3, 101, timerange('09:30', '11:00'));
    RAISE EXCEPTION 'overlap accepted';
EXCEPTION WHEN exclusion_violation THEN
    NULL;
END $$;
