INSERT INTO docs VALUES (3, 'private', 'c');
