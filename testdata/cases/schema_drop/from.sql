CREATE SCHEMA archive;
COMMENT ON SCHEMA archive IS 'old data';
