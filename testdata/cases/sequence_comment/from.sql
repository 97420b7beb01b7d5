CREATE SEQUENCE order_seq;
COMMENT ON SEQUENCE order_seq IS 'order numbers';
