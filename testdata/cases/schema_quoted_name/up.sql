CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."Line Items" (
    "Id" integer NOT NULL,
    "Note" text,
    CONSTRAINT "Line Items_pkey" PRIMARY KEY ("Id")
);
COMMENT ON SCHEMA "My Schema" IS 'it''s quoted';
