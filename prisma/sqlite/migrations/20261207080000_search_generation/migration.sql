-- Guest search's cache check (lib/data/search.ts): one counter that moves with every change to what a
-- guest search can match or shows. An inserted registry, or an update that sets one of the columns
-- below (an occasion's rename sets "occasionId", 20261201191210_change_seq), takes its next value into
-- the row's "searchGen"; a delete moves "deletes" too. SQLite serialises writers, so the values are
-- taken in commit order: whoever reads the counter at N has every change up to N, and "searchGen" > N
-- finds exactly the registries changed since. Purchases, the message, the items and the other columns
-- leave it.

ALTER TABLE "Registry" ADD COLUMN "searchGen" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "Registry_searchGen_idx" ON "Registry"("searchGen");

CREATE TABLE "SearchGeneration" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "value" INTEGER NOT NULL,
  "deletes" INTEGER NOT NULL
);
INSERT INTO "SearchGeneration" ("id", "value", "deletes") VALUES (1, 0, 0);

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

CREATE TRIGGER "Registry_searchDelete" AFTER DELETE ON "Registry" BEGIN
  UPDATE "SearchGeneration" SET "value" = "value" + 1, "deletes" = "deletes" + 1 WHERE "id" = 1;
END;
