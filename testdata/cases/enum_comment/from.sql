CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed');
