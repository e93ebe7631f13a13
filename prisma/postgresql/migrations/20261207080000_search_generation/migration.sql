-- Which registries changed what a guest search matches or shows, since when (lib/data/search.ts keeps
-- each search's matches and checks only these). An inserted registry, or an update that sets one of the
-- columns below (an occasion's rename sets "occasionId", 20261201191210_change_seq), records the
-- writing transaction's id in "searchGen"; a deleted one leaves a row in "RegistryGone" (id 0: the
-- table was truncated). A reader remembers the oldest transaction still running when it read
-- (pg_snapshot_xmin): every change from then on has a "searchGen" at least that, committed or not yet.
-- No lock is shared between writers. Purchases, the message, the items and the other columns leave it.
-- Kept out of the Prisma models: only these triggers write it and only raw SQL reads it.

ALTER TABLE "Registry" ADD COLUMN "searchGen" BIGINT NOT NULL DEFAULT 0;
CREATE INDEX "Registry_searchGen_idx" ON "Registry"("searchGen");

CREATE TABLE "RegistryGone" ("registryId" INTEGER NOT NULL, "searchGen" BIGINT NOT NULL);
CREATE INDEX "RegistryGone_searchGen_idx" ON "RegistryGone"("searchGen");

CREATE FUNCTION "take_search_gen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchGen" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END
$$;

CREATE FUNCTION "note_registry_gone"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RegistryGone" ("registryId", "searchGen") VALUES (OLD."id", pg_current_xact_id()::text::bigint);
  RETURN NULL;
END
$$;

CREATE FUNCTION "note_registries_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RegistryGone" ("registryId", "searchGen") VALUES (0, pg_current_xact_id()::text::bigint);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Registry_searchGen" BEFORE INSERT OR UPDATE OF
  "active", "visibility", "slug", "title", "firstName", "lastName", "coFirstName", "coLastName", "eventDate",
  "addrCity", "addrState", "occasionId", "searchName", "searchTitle", "searchEmail", "externalIdentifier"
  ON "Registry" FOR EACH ROW EXECUTE FUNCTION "take_search_gen"();

CREATE TRIGGER "Registry_gone" AFTER DELETE ON "Registry" FOR EACH ROW EXECUTE FUNCTION "note_registry_gone"();
CREATE TRIGGER "Registry_truncated" AFTER TRUNCATE ON "Registry" FOR EACH STATEMENT EXECUTE FUNCTION "note_registries_truncated"();
