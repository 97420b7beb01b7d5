CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'invoices, payments and refunds';
