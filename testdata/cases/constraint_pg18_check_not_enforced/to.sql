CREATE TABLE readings (id integer PRIMARY KEY, celsius numeric NOT NULL,
    CONSTRAINT readings_physical CHECK (celsius >= -273.15) NOT ENFORCED);
