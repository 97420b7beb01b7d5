-- retort revision
-- Revision: 9c3f2a1d5e60
-- Parents: 784a7abb86b7
-- Message: customers
-- Created: 2024-04-01T17:23:00Z

-- +retort upgrade
CREATE TABLE ecommerce_olist.customers (
    customer_id text NOT NULL,
    customer_unique_id text NOT NULL,
    customer_zip_code_prefix character varying(5) NOT NULL,
    customer_city text NOT NULL,
    customer_state character(2) NOT NULL,
    CONSTRAINT customers_pkey PRIMARY KEY (customer_id)
);
CREATE INDEX customers_unique_id_idx ON ecommerce_olist.customers (customer_unique_id);

-- +retort downgrade
-- hazard data-loss: drops table ecommerce_olist.customers and all its rows
DROP TABLE ecommerce_olist.customers;
