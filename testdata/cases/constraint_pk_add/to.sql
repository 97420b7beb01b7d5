CREATE TABLE countries (code char(2) NOT NULL, name text, CONSTRAINT countries_pkey PRIMARY KEY (code));
