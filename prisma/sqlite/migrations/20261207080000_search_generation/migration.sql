-- Which registries changed what a guest search matches or shows, since when (lib/data/search.ts keeps
-- each search's matches and checks only these). An inserted registry, or an update that sets one of the
-- columns below (an occasion's rename sets "occasionId", 20261201191210_change_seq), takes the next
-- value of one counter into "searchGen"; a deleted one leaves a row in "RegistryGone". SQLite
-- serialises writers, so values are taken in commit order: a reader that saw the counter at N finds
-- every later change at N + 1 or more. Purchases, the message, the items and the other columns leave it.
-- Kept out of the Prisma models: only these triggers write it and only raw SQL reads it.

ALTER TABLE "Registry" ADD COLUMN "searchGen" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "Registry_searchGen_idx" ON "Registry"("searchGen");

CREATE TABLE "RegistryGone" ("registryId" INTEGER NOT NULL, "searchGen" INTEGER NOT NULL);
CREATE INDEX "RegistryGone_searchGen_idx" ON "RegistryGone"("searchGen");

CREATE TABLE "SearchGeneration" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "value" INTEGER NOT NULL);
INSERT INTO "SearchGeneration" ("id", "value") VALUES (1, 0);

CREATE TRIGGER "Registry_searchGen_insert" AFTER INSERT ON "Registry" BEGIN
  UPDATE "SearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
  UPDATE "Registry" SET "searchGen" = (SELECT "value" FROM "SearchGeneration" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Registry_searchGen_update" AFTER UPDATE OF
  "active", "visibility", "slug", "title", "firstName", "lastName", "coFirstName", "coLastName", "eventDate",
  "addrCity", "addrState", "occasionId", "searchName", "searchTitle", "searchEmail", "externalIdentifier"
  ON "Registry" BEGIN
  UPDATE "SearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
  UPDATE "Registry" SET "searchGen" = (SELECT "value" FROM "SearchGeneration" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Registry_gone" AFTER DELETE ON "Registry" BEGIN
  UPDATE "SearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
  INSERT INTO "RegistryGone" ("registryId", "searchGen") VALUES (OLD."id", (SELECT "value" FROM "SearchGeneration" WHERE "id" = 1));
END;
