-- Guests find a registry by its title too ("Casey & Jamie"): a lower-cased copy like searchName,
-- filled for existing registries here and by the app on every write (lib/data/registries.ts).
ALTER TABLE "Registry" ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '';
UPDATE "Registry" SET "searchTitle" = lower(trim("title"));
