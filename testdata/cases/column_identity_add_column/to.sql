CREATE TABLE tickets (title text, id bigint GENERATED ALWAYS AS IDENTITY);
