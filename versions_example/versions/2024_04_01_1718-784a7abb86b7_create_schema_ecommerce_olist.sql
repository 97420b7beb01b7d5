-- retort revision
-- Revision: 784a7abb86b7
-- Parents:
-- Message: create schema ecommerce_olist
-- Created: 2024-04-01T17:18:00Z

-- +retort upgrade
CREATE SCHEMA ecommerce_olist;
COMMENT ON SCHEMA ecommerce_olist IS 'Brazilian e-commerce public dataset by Olist';

-- +retort downgrade
-- hazard data-loss: drops schema ecommerce_olist
DROP SCHEMA ecommerce_olist;
