-- Guest search's cache check (lib/data/search.ts): one counter that moves with every change to what a
-- guest search can match or shows. An inserted registry, or an update that sets one of the columns
-- below (an occasion's rename sets "occasionId", 20261201191210_change_seq), takes its next value into
-- the row's "searchGen"; a delete moves "deletes" too. The writer holds the counter's row until it
-- commits, so the values are taken in commit order: whoever reads the counter at N has every change up
-- to N, and "searchGen" > N finds exactly the registries changed since. Purchases, the message, the
-- items and the other columns leave it.

ALTER TABLE "Registry" ADD COLUMN "searchGen" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "Registry_searchGen_idx" ON "Registry"("searchGen");

CREATE TABLE "SearchGeneration" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "value" INTEGER NOT NULL,
  "deletes" INTEGER NOT NULL
);
INSERT INTO "SearchGeneration" ("id", "value", "deletes") VALUES (1, 0, 0);

CREATE FUNCTION "take_search_gen"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE g INTEGER;
BEGIN
  UPDATE "SearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1 RETURNING "value" INTO g;
  NEW."searchGen" := g;
  RETURN NEW;
END
$$;

CREATE FUNCTION "count_search_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchGeneration" SET "value" = "value" + 1, "deletes" = "deletes" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Registry_searchGen" BEFORE INSERT OR UPDATE OF
  "active", "visibility", "slug", "title", "firstName", "lastName", "coFirstName", "coLastName", "eventDate",
  "addrCity", "addrState", "occasionId", "searchName", "searchTitle", "searchEmail", "externalIdentifier"
  ON "Registry" FOR EACH ROW EXECUTE FUNCTION "take_search_gen"();

CREATE TRIGGER "Registry_searchDelete" AFTER DELETE OR TRUNCATE ON "Registry" FOR EACH STATEMENT EXECUTE FUNCTION "count_search_delete"();
