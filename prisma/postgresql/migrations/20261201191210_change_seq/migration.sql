-- Change fingerprints (lib/data/change-cache.ts): every insert or update of a registry or a registry
-- item takes the next value of one increasing counter into the row's changeSeq, whoever writes (the
-- app, raw SQL, another process). Rows are then fingerprinted by count, sum and max of changeSeq:
-- any committed change alters the fingerprint, so caches keyed by it never serve stale data.
-- Renaming an occasion counts as a change of its registries (their pages show the name).
-- BEFORE triggers on the row itself take no other lock: concurrent buyers of one registry do not
-- queue behind each other.

ALTER TABLE "Registry" ADD COLUMN "changeSeq" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RegistryItem" ADD COLUMN "changeSeq" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "RegistryItem_registryId_changeSeq_idx" ON "RegistryItem"("registryId", "changeSeq");

CREATE SEQUENCE "ChangeSeq" AS INTEGER;

CREATE FUNCTION "take_change_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."changeSeq" := nextval('"ChangeSeq"');
  RETURN NEW;
END
$$;

CREATE TRIGGER "RegistryItem_changeSeq" BEFORE INSERT OR UPDATE ON "RegistryItem" FOR EACH ROW EXECUTE FUNCTION "take_change_seq"();
CREATE TRIGGER "Registry_changeSeq" BEFORE INSERT OR UPDATE ON "Registry" FOR EACH ROW EXECUTE FUNCTION "take_change_seq"();

CREATE FUNCTION "touch_occasion_registries"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Registry" SET "occasionId" = "occasionId" WHERE "occasionId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Occasion_rename" AFTER UPDATE OF "name" ON "Occasion" FOR EACH ROW EXECUTE FUNCTION "touch_occasion_registries"();
