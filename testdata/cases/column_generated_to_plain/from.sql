CREATE TABLE temps (
    id integer PRIMARY KEY,
    celsius numeric,
    fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED
);
INSERT INTO temps (id, celsius) VALUES (1, 100), (2, -40);
