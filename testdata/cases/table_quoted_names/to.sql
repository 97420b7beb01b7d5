CREATE TABLE "Order Items" (
    "ID" integer PRIMARY KEY,
    "user" text,
    "select" integer,
    "Unit Price" numeric(8,2),
    "größe" text,
    "café ☕" boolean,
    "with""quote" text
);
CREATE TABLE "user" ("order" integer);
CREATE TABLE "CamelCase" ("MixedCol" integer UNIQUE);
CREATE INDEX "Order Items by user" ON "Order Items" ("user", "select");
COMMENT ON COLUMN "Order Items"."with""quote" IS 'a "quoted" column';
