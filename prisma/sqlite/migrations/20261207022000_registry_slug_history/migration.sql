-- Chosen registry addresses (issue 21): every address a registry has had, current and former, so an
-- old link keeps working and nobody else can take it. Filled by triggers, whoever writes Registry.
-- A deleted registry's addresses stay taken (registryId NULL): links on printed invitations must never
-- lead to someone else's registry.
CREATE TABLE "RegistrySlug" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "registryId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegistrySlug_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "RegistrySlug_registryId_idx" ON "RegistrySlug"("registryId");
INSERT INTO "RegistrySlug" ("slug", "registryId") SELECT "slug", "id" FROM "Registry";

-- A new address that another registry has (or had) fails on the key: the whole statement is undone.
CREATE TRIGGER "Registry_slug_history_insert" AFTER INSERT ON "Registry"
BEGIN
  INSERT INTO "RegistrySlug" ("slug", "registryId") VALUES (NEW."slug", NEW."id");
END;
CREATE TRIGGER "Registry_slug_history_update" AFTER UPDATE OF "slug" ON "Registry"
WHEN NEW."slug" <> OLD."slug"
BEGIN
  INSERT INTO "RegistrySlug" ("slug", "registryId")
  SELECT NEW."slug", NEW."id" WHERE NOT EXISTS (SELECT 1 FROM "RegistrySlug" WHERE "slug" = NEW."slug" AND "registryId" = NEW."id");
END;
