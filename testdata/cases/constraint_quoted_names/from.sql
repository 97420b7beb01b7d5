CREATE TABLE "Ledger" ("Entry Id" integer NOT NULL, "Amount" numeric, "Parent" integer);
INSERT INTO "Ledger" VALUES (1, 5, NULL), (2, 7, 1);
