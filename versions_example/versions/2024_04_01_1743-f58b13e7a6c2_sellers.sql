-- retort revision
-- Revision: f58b13e7a6c2
-- Parents: e2a96c4b7d08
-- Message: sellers
-- Created: 2024-04-01T17:43:00Z

-- +retort upgrade
CREATE TABLE ecommerce_olist.sellers (
    seller_id text NOT NULL,
    seller_zip_code_prefix character varying(5) NOT NULL,
    seller_city text NOT NULL,
    seller_state character(2) NOT NULL,
    CONSTRAINT sellers_pkey PRIMARY KEY (seller_id)
);

-- +retort downgrade
-- hazard data-loss: drops table ecommerce_olist.sellers and all its rows
DROP TABLE ecommerce_olist.sellers;
