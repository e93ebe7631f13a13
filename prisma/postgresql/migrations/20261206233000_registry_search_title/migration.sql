-- Guests find a registry by its title too ("Casey & Jamie"): a lower-cased copy like searchName,
-- filled for existing registries here and by the app on every write (lib/data/registries.ts).
ALTER TABLE "Registry" ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '';
UPDATE "Registry" SET "searchTitle" = lower(regexp_replace(btrim("title"), '\s+', ' ', 'g'));
-- Partial search: a trigram index, as for the other search columns (20261201191500_search_trigram).
CREATE INDEX "Registry_searchTitle_trgm_idx" ON "Registry" USING gin ("searchTitle" gin_trgm_ops);
