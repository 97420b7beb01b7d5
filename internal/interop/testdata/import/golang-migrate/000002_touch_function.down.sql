DELETE FROM users;
DROP FUNCTION touch_email(users);
