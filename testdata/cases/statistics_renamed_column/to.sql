-- A column renamed under statistics objects: PostgreSQL renames it in
-- them, so the plan is the rename alone, and the objects stay.
CREATE TABLE orders (
    id int PRIMARY KEY,
    city text,
    -- retort:renamed-from zip
    postcode text
);
CREATE STATISTICS orders_geo ON city, postcode FROM orders;
CREATE STATISTICS orders_zip_len ON (length(postcode)), city FROM orders;
