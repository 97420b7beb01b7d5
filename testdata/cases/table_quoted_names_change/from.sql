CREATE TABLE "Kunden Liste" ("Name" text, "größe" integer);
INSERT INTO "Kunden Liste" VALUES ('Anna', 170);
