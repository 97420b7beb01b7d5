-- retort revision
-- Revision: c7d25e9a0b14
-- Parents: b41e8d0f2c93
-- Message: add two product categories
-- Created: 2024-04-01T17:33:00Z

-- +retort upgrade
-- Hand-written data revision: seed two product categories.
INSERT INTO ecommerce_olist.product_category (product_category_name, product_category_name_english)
VALUES ('beleza_saude', 'health_beauty'),
       ('informatica_acessorios', 'computers_accessories');

-- +retort downgrade
DELETE FROM ecommerce_olist.product_category
WHERE product_category_name IN ('beleza_saude', 'informatica_acessorios');
