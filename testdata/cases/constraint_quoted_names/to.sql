CREATE TABLE "Ledger" ("Entry Id" integer NOT NULL, "Amount" numeric, "Parent" integer,
    CONSTRAINT "Ledger PK" PRIMARY KEY ("Entry Id"),
    CONSTRAINT "Amount: positive!" CHECK ("Amount" > 0),
    CONSTRAINT "Parent→Entry" FOREIGN KEY ("Parent") REFERENCES "Ledger" ("Entry Id"),
    CONSTRAINT "unique ""amount""" UNIQUE ("Amount")
);
COMMENT ON CONSTRAINT "Amount: positive!" ON "Ledger" IS 'ledger amounts are positive';
