INSERT INTO users (name) VALUES ('new');
