CREATE TABLE public."CamelCase" (
    "MixedCol" integer,
    CONSTRAINT "CamelCase_MixedCol_key" UNIQUE ("MixedCol")
);
CREATE TABLE public."Order Items" (
    "ID" integer NOT NULL,
    "user" text,
    "select" integer,
    "Unit Price" numeric(8,2),
    "größe" text,
    "café ☕" boolean,
    "with""quote" text,
    CONSTRAINT "Order Items_pkey" PRIMARY KEY ("ID")
);
CREATE TABLE public."user" (
    "order" integer
);
CREATE INDEX "Order Items by user" ON public."Order Items" ("user", "select");
COMMENT ON COLUMN public."Order Items"."with""quote" IS 'a "quoted" column';
