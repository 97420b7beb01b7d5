CREATE TABLE cars (id integer PRIMARY KEY, vin text, plate text);
COMMENT ON COLUMN cars.plate IS 'license plate';
