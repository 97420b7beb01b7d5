DROP TABLE users;
DROP TYPE mood;
