-- PostgreSQL prints these differently once they are created from their own
-- printed text: the plan must converge and a second plan must be empty.
CREATE TABLE shelf (id int PRIMARY KEY);
INSERT INTO shelf VALUES (1);
