-- retort revision
-- Revision: b41e8d0f2c93
-- Parents: 9c3f2a1d5e60
-- Message: product category
-- Created: 2024-04-01T17:28:00Z

-- +retort upgrade
CREATE TABLE ecommerce_olist.product_category (
    product_category_name text NOT NULL,
    product_category_name_english text NOT NULL,
    CONSTRAINT product_category_pkey PRIMARY KEY (product_category_name)
);

-- +retort downgrade
-- hazard data-loss: drops table ecommerce_olist.product_category and all its rows
DROP TABLE ecommerce_olist.product_category;
