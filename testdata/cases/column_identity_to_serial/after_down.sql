INSERT INTO users (name) VALUES ('again');
