CREATE TABLE "Kunden Liste" ("Name" text NOT NULL DEFAULT 'Unbekannt', "größe" bigint, "Straße" text);
