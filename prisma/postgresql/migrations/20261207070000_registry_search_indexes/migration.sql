-- Guest search by part of a name or title already reads the trigram GIN indexes on searchName and
-- searchTitle here (20261201191500_search_trigram, 20261206233000_registry_search_title); SQLite gets
-- an FTS5 trigram index of the same columns in this migration.

-- Pages are fingerprinted by what they show, no longer by every registry (lib/data/change-cache.ts):
-- the whole-table changeSeq index goes; a REST list page's registries and stamps come from this one.
DROP INDEX "Registry_changeSeq_idx";
CREATE INDEX "Registry_active_id_changeSeq_idx" ON "Registry"("active", "id", "changeSeq");
