-- AlterTable (plain ADD COLUMNs: SQLite allows a foreign key on an added column whose default is NULL; no table rebuild)
ALTER TABLE "SaleRecord" ADD COLUMN "boughtElsewhere" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "SaleRecord" ADD COLUMN "undoneAt" DATETIME;
ALTER TABLE "SaleRecord" ADD COLUMN "undoneById" INTEGER REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing guest marks: offline sales recorded by nobody (an admin's offline sale names the admin).
UPDATE "SaleRecord" SET "boughtElsewhere" = true WHERE "source" = 'OFFLINE' AND "kind" = 'SALE' AND "actorUserId" IS NULL AND "actorApiUserId" IS NULL;
