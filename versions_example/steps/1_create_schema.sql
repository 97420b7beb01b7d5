-- Step 1 of the walkthrough: the schema alone.
CREATE SCHEMA ecommerce_olist;
COMMENT ON SCHEMA ecommerce_olist IS 'Brazilian e-commerce public dataset by Olist';
