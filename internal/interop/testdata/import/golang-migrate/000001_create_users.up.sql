CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    mood mood DEFAULT 'happy'
);
