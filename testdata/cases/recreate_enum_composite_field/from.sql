CREATE TYPE unit AS ENUM ('g', 'kg', 'lb', 'oz');
CREATE TYPE amount AS (value numeric, unit unit);
CREATE TABLE stock (id int PRIMARY KEY, qty amount, history amount[]);
INSERT INTO stock VALUES (1, '(2.5,kg)', '{"(1,g)","(3,oz)"}'), (2, NULL, NULL), (3, '(7,g)', '{}');
CREATE FUNCTION grams(a amount) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT CASE (a).unit WHEN 'kg' THEN (a).value * 1000 ELSE (a).value END $$;
CREATE VIEW stock_grams AS SELECT id, grams(qty) AS g FROM stock;
