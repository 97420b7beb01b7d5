CREATE TYPE unit AS ENUM ('g', 'kg', 'lb');
CREATE TYPE amount AS (value numeric, unit unit, note text);
CREATE TABLE stock (id int PRIMARY KEY, qty amount, history amount[]);
INSERT INTO stock VALUES (1, '(2.5,kg,x)', '{"(1,g,)"}');
