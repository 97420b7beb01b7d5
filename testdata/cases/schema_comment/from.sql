CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'invoices and payments';
