-- Chosen registry addresses (issue 21): every address a registry has had, current and former, so an
-- old link keeps working and nobody else can take it. Filled by triggers, whoever writes Registry.
-- A deleted registry's addresses stay taken (registryId NULL): links on printed invitations must never
-- lead to someone else's registry.
CREATE TABLE "RegistrySlug" (
    "slug" TEXT NOT NULL,
    "registryId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegistrySlug_pkey" PRIMARY KEY ("slug")
);
CREATE INDEX "RegistrySlug_registryId_idx" ON "RegistrySlug"("registryId");
ALTER TABLE "RegistrySlug" ADD CONSTRAINT "RegistrySlug_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
INSERT INTO "RegistrySlug" ("slug", "registryId") SELECT "slug", "id" FROM "Registry";

-- A new address that another registry has (or had) fails on the key: the whole statement is undone.
CREATE FUNCTION "registry_slug_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."slug" <> OLD."slug" THEN
    INSERT INTO "RegistrySlug" ("slug", "registryId")
    SELECT NEW."slug", NEW."id" WHERE NOT EXISTS (SELECT 1 FROM "RegistrySlug" WHERE "slug" = NEW."slug" AND "registryId" = NEW."id");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Registry_slug_history" AFTER INSERT OR UPDATE OF "slug" ON "Registry"
FOR EACH ROW EXECUTE FUNCTION "registry_slug_history"();
