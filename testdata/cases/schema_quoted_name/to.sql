CREATE SCHEMA "My Schema";
COMMENT ON SCHEMA "My Schema" IS 'it''s quoted';
CREATE TABLE "My Schema"."Line Items" (
    "Id" integer PRIMARY KEY,
    "Note" text
);
