CREATE TABLE buckets (k integer NOT NULL, v text) PARTITION BY HASH (k);
COMMENT ON TABLE buckets IS 'sharded by k';
