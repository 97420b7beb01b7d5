CREATE SCHEMA "Search";
CREATE TABLE "Search"."Pages" ("Id" integer PRIMARY KEY, "Title" text);
