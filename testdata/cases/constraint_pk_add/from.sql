CREATE TABLE countries (code char(2) NOT NULL, name text);
INSERT INTO countries VALUES ('DE', 'Germany'), ('FR', 'France');
