-- Change fingerprints (lib/data/change-cache.ts): every insert or update of a registry or a registry
-- item takes the next value of one increasing counter into the row's changeSeq, whoever writes (the
-- app, raw SQL, another process). Rows are then fingerprinted by count, sum and max of changeSeq:
-- any committed change alters the fingerprint, so caches keyed by it never serve stale data.
-- Renaming an occasion counts as a change of its registries (their pages show the name).
-- SQLite serialises writers, so a one-row counter adds no waiting (PostgreSQL uses a sequence).

ALTER TABLE "Registry" ADD COLUMN "changeSeq" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RegistryItem" ADD COLUMN "changeSeq" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "RegistryItem_registryId_changeSeq_idx" ON "RegistryItem"("registryId", "changeSeq");

CREATE TABLE "ChangeSeq" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "value" INTEGER NOT NULL);
INSERT INTO "ChangeSeq" ("id", "value") VALUES (1, 0);

CREATE TRIGGER "RegistryItem_changeSeq_insert" AFTER INSERT ON "RegistryItem" BEGIN
  UPDATE "ChangeSeq" SET "value" = "value" + 1 WHERE "id" = 1;
  UPDATE "RegistryItem" SET "changeSeq" = (SELECT "value" FROM "ChangeSeq" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "RegistryItem_changeSeq_update" AFTER UPDATE ON "RegistryItem" WHEN NEW."changeSeq" = OLD."changeSeq" BEGIN
  UPDATE "ChangeSeq" SET "value" = "value" + 1 WHERE "id" = 1;
  UPDATE "RegistryItem" SET "changeSeq" = (SELECT "value" FROM "ChangeSeq" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Registry_changeSeq_update" AFTER UPDATE ON "Registry" WHEN NEW."changeSeq" = OLD."changeSeq" BEGIN
  UPDATE "ChangeSeq" SET "value" = "value" + 1 WHERE "id" = 1;
  UPDATE "Registry" SET "changeSeq" = (SELECT "value" FROM "ChangeSeq" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Registry_changeSeq_insert" AFTER INSERT ON "Registry" BEGIN
  UPDATE "ChangeSeq" SET "value" = "value" + 1 WHERE "id" = 1;
  UPDATE "Registry" SET "changeSeq" = (SELECT "value" FROM "ChangeSeq" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Occasion_rename" AFTER UPDATE OF "name" ON "Occasion" BEGIN
  UPDATE "Registry" SET "occasionId" = "occasionId" WHERE "occasionId" = NEW."id";
END;
