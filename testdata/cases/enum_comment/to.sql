CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed');
COMMENT ON TYPE weekday IS 'working days';
