-- lb goes: unit is created again, and the composite type with a field of
-- it moves to the new type with the columns of the composite (converted
-- through text), the function and the view over it.
CREATE TYPE unit AS ENUM ('g', 'kg', 'oz');
CREATE TYPE amount AS (value numeric, unit unit);
CREATE TABLE stock (id int PRIMARY KEY, qty amount, history amount[]);
CREATE FUNCTION grams(a amount) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT CASE (a).unit WHEN 'kg' THEN (a).value * 1000 ELSE (a).value END $$;
CREATE VIEW stock_grams AS SELECT id, grams(qty) AS g FROM stock;
