CREATE TABLE temps (id integer PRIMARY KEY, celsius numeric, fahrenheit numeric);
