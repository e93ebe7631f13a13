-- Guest search by part of a name or title without reading every registry: an FTS5 index of the
-- trigrams of searchName and searchTitle (external content: the text stays in "Registry"), kept in
-- step by triggers whoever writes. Queried by lib/data/search.ts (sqliteNameMatches) for terms of
-- 3 characters or more; PostgreSQL has trigram GIN indexes on the same columns (20261201191500, 20261206233000).
CREATE VIRTUAL TABLE "RegistrySearch" USING fts5("searchName", "searchTitle", content='Registry', content_rowid='id', tokenize='trigram');
INSERT INTO "RegistrySearch"("RegistrySearch") VALUES ('rebuild');

CREATE TRIGGER "Registry_search_insert" AFTER INSERT ON "Registry" BEGIN
  INSERT INTO "RegistrySearch"("rowid", "searchName", "searchTitle") VALUES (NEW."id", NEW."searchName", NEW."searchTitle");
END;

CREATE TRIGGER "Registry_search_delete" AFTER DELETE ON "Registry" BEGIN
  INSERT INTO "RegistrySearch"("RegistrySearch", "rowid", "searchName", "searchTitle") VALUES ('delete', OLD."id", OLD."searchName", OLD."searchTitle");
END;

CREATE TRIGGER "Registry_search_update" AFTER UPDATE OF "searchName", "searchTitle" ON "Registry" BEGIN
  INSERT INTO "RegistrySearch"("RegistrySearch", "rowid", "searchName", "searchTitle") VALUES ('delete', OLD."id", OLD."searchName", OLD."searchTitle");
  INSERT INTO "RegistrySearch"("rowid", "searchName", "searchTitle") VALUES (NEW."id", NEW."searchName", NEW."searchTitle");
END;

-- What a search reads of each match (is it public, its order, its change stamp) from this small
-- index instead of the wide rows: a name matching thousands of registries is counted in ~half the time.
CREATE INDEX "Registry_search_cover_idx" ON "Registry"("id", "active", "visibility", "eventDate", "changeSeq");

-- Pages are fingerprinted by what they show, no longer by every registry (lib/data/change-cache.ts):
-- the whole-table changeSeq index goes; a REST list page's registries and stamps come from this one.
DROP INDEX "Registry_changeSeq_idx";
CREATE INDEX "Registry_active_id_changeSeq_idx" ON "Registry"("active", "id", "changeSeq");
