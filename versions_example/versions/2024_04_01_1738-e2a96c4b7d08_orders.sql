-- retort revision
-- Revision: e2a96c4b7d08
-- Parents: c7d25e9a0b14
-- Message: orders
-- Created: 2024-04-01T17:38:00Z

-- +retort upgrade
CREATE TYPE ecommerce_olist.order_status AS ENUM ('created', 'approved', 'invoiced', 'processing', 'shipped', 'delivered', 'unavailable', 'canceled');
CREATE TABLE ecommerce_olist.orders (
    order_id text NOT NULL,
    customer_id text NOT NULL,
    order_status ecommerce_olist.order_status DEFAULT 'created'::ecommerce_olist.order_status NOT NULL,
    order_purchase_timestamp timestamp without time zone NOT NULL,
    order_approved_at timestamp without time zone,
    order_delivered_carrier_date timestamp without time zone,
    order_delivered_customer_date timestamp without time zone,
    order_estimated_delivery_date timestamp without time zone NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (order_id)
);
CREATE INDEX orders_customer_id_idx ON ecommerce_olist.orders (customer_id);
ALTER TABLE ecommerce_olist.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES ecommerce_olist.customers (customer_id);

-- +retort downgrade
ALTER TABLE ecommerce_olist.orders DROP CONSTRAINT orders_customer_id_fkey;
-- hazard data-loss: drops table ecommerce_olist.orders and all its rows
DROP TABLE ecommerce_olist.orders;
-- hazard data-loss: drops enum type ecommerce_olist.order_status and its labels
DROP TYPE ecommerce_olist.order_status;
