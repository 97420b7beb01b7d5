CREATE TABLE events (id bigint PRIMARY KEY, body text);
INSERT INTO events VALUES (1, 'boot');
