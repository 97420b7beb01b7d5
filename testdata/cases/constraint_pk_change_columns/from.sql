CREATE TABLE enrollments (student_id integer NOT NULL, course_id integer NOT NULL, term text NOT NULL,
    PRIMARY KEY (student_id, course_id));
INSERT INTO enrollments VALUES (1, 1, '2024a'), (1, 2, '2024a');
