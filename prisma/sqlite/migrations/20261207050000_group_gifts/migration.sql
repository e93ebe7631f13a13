-- Group gifts (issue 22): guests chip in toward a gift's units; a covered unit is ordered (locked).
-- AlterTable
ALTER TABLE "RegistryItem" ADD COLUMN "groupGift" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "RegistryItem" ADD COLUMN "groupMinCents" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RegistryItem" ADD COLUMN "fundedCents" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RegistryItem" ADD COLUMN "groupFundId" INTEGER REFERENCES "Fund" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RegistryItem" ADD COLUMN "groupDeadline" DATETIME;

-- Hand-written (SQLite cannot add a CHECK to a table): the group invariant as triggers that abort with
-- the constraint's name, as PostgreSQL's CHECK does. Money toward the next unit stays below its price
-- and exists only while a unit is left: a contribution that would over-fund rolls back (lib/data/group-gifts.ts).
CREATE TRIGGER "RegistryItem_group_check_insert" BEFORE INSERT ON "RegistryItem"
WHEN NEW."fundedCents" < 0 OR NEW."groupMinCents" < 0 OR (NEW."fundedCents" > 0 AND (NOT NEW."groupGift" OR NEW."fundedCents" >= NEW."priceCents" OR NEW."purchased" + NEW."locked" >= NEW."requested"))
BEGIN SELECT RAISE(ABORT, 'RegistryItem_group_check'); END;
CREATE TRIGGER "RegistryItem_group_check_update" BEFORE UPDATE OF "fundedCents", "groupMinCents", "groupGift", "priceCents", "requested", "purchased", "locked" ON "RegistryItem"
WHEN NEW."fundedCents" < 0 OR NEW."groupMinCents" < 0 OR (NEW."fundedCents" > 0 AND (NOT NEW."groupGift" OR NEW."fundedCents" >= NEW."priceCents" OR NEW."purchased" + NEW."locked" >= NEW."requested"))
BEGIN SELECT RAISE(ABORT, 'RegistryItem_group_check'); END;

-- RedefineTables: "Contribution" gets its item and order, and its CHECKs change (fund or item, exactly one).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Contribution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "registryId" INTEGER NOT NULL,
    "fundId" INTEGER,
    "itemId" INTEGER,
    "orderId" INTEGER,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'PROMISED',
    "provider" TEXT NOT NULL DEFAULT 'pledge',
    "receivedAt" DATETIME,
    "refundedAt" DATETIME,
    "thankYouSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Contribution_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Contribution_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Contribution_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RegistryItem" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Contribution_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Contribution_amount_check" CHECK ("amountCents" > 0),
    -- A contribution goes to a fund or to a group gift, exactly one; only a group gift's has an order.
    CONSTRAINT "Contribution_target_check" CHECK (("fundId" IS NULL) <> ("itemId" IS NULL) AND ("orderId" IS NULL OR "itemId" IS NOT NULL)),
    CONSTRAINT "Contribution_status_check" CHECK ("status" IN ('PROMISED', 'RECEIVED', 'REFUNDED', 'RELEASED'))
);
INSERT INTO "new_Contribution" ("id", "registryId", "fundId", "amountCents", "currency", "name", "email", "message", "anonymous", "status", "provider", "receivedAt", "refundedAt", "thankYouSentAt", "createdAt", "updatedAt")
SELECT "id", "registryId", "fundId", "amountCents", "currency", "name", "email", "message", "anonymous", "status", "provider", "receivedAt", "refundedAt", "thankYouSentAt", "createdAt", "updatedAt" FROM "Contribution";
DROP TABLE "Contribution";
ALTER TABLE "new_Contribution" RENAME TO "Contribution";
CREATE INDEX "Contribution_fundId_status_idx" ON "Contribution"("fundId", "status");
CREATE INDEX "Contribution_itemId_orderId_idx" ON "Contribution"("itemId", "orderId");
CREATE INDEX "Contribution_orderId_idx" ON "Contribution"("orderId");
CREATE INDEX "Contribution_registryId_createdAt_idx" ON "Contribution"("registryId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
