CREATE TABLE app.orders (id int PRIMARY KEY, user_id int REFERENCES app.users (id));
