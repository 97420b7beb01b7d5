-- The model of the ecommerce_olist schema: the desired state retort compares against.
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

CREATE TYPE ecommerce_olist.order_status AS ENUM (
    'created', 'approved', 'invoiced', 'processing', 'shipped', 'delivered', 'unavailable', 'canceled'
);
CREATE TABLE ecommerce_olist.orders (
    order_id                      text PRIMARY KEY,
    customer_id                   text NOT NULL REFERENCES ecommerce_olist.customers,
    order_status                  ecommerce_olist.order_status NOT NULL DEFAULT 'created',
    order_purchase_timestamp      timestamp NOT NULL,
    order_approved_at             timestamp,
    order_delivered_carrier_date  timestamp,
    order_delivered_customer_date timestamp,
    order_estimated_delivery_date timestamp NOT NULL
);
CREATE INDEX orders_customer_id_idx ON ecommerce_olist.orders (customer_id);

CREATE TABLE ecommerce_olist.sellers (
    seller_id              text PRIMARY KEY,
    seller_zip_code_prefix varchar(5) NOT NULL,
    seller_city            text NOT NULL,
    seller_state           char(2) NOT NULL
);
