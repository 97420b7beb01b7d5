CREATE TYPE level AS ENUM ('none', 'low', 'high', 'critical');
