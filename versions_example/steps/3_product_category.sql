-- Step 3: product categories.
CREATE SCHEMA ecommerce_olist;
COMMENT ON SCHEMA ecommerce_olist IS 'Brazilian e-commerce public dataset by Olist';

CREATE TABLE ecommerce_olist.customers (
    customer_id              text PRIMARY KEY,
    customer_unique_id       text NOT NULL,
    customer_zip_code_prefix varchar(5) NOT NULL,
    customer_city            text NOT NULL,
    customer_state           char(2) NOT NULL
);
CREATE INDEX customers_unique_id_idx ON ecommerce_olist.customers (customer_unique_id);

CREATE TABLE ecommerce_olist.product_category (
    product_category_name         text PRIMARY KEY,
    product_category_name_english text NOT NULL
);
