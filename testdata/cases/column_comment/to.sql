CREATE TABLE cars (id integer PRIMARY KEY, vin text, plate text);
COMMENT ON COLUMN cars.vin IS 'vehicle identification number';
