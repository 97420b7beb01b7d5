CREATE SCHEMA "Search";
CREATE TABLE "Search"."Pages" ("Id" integer PRIMARY KEY, "Title" text);
CREATE INDEX "Pages by Title" ON "Search"."Pages" ("Title" DESC);
CREATE INDEX "lower title" ON "Search"."Pages" (lower("Title"));
