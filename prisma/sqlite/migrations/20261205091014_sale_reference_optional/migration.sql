-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SaleRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "registryId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitNetCents" INTEGER NOT NULL,
    "reference" TEXT,
    "comment" TEXT NOT NULL DEFAULT '',
    "buyerName" TEXT NOT NULL DEFAULT '',
    "buyerEmail" TEXT NOT NULL DEFAULT '',
    "actorUserId" INTEGER,
    "actorApiUserId" INTEGER,
    "thankYouSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SaleRecord_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SaleRecord_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RegistryItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SaleRecord_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SaleRecord_actorApiUserId_fkey" FOREIGN KEY ("actorApiUserId") REFERENCES "ApiUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SaleRecord" ("actorApiUserId", "actorUserId", "buyerEmail", "buyerName", "comment", "createdAt", "id", "itemId", "kind", "quantity", "reference", "registryId", "source", "thankYouSentAt", "unitNetCents") SELECT "actorApiUserId", "actorUserId", "buyerEmail", "buyerName", "comment", "createdAt", "id", "itemId", "kind", "quantity", "reference", "registryId", "source", "thankYouSentAt", "unitNetCents" FROM "SaleRecord";
DROP TABLE "SaleRecord";
ALTER TABLE "new_SaleRecord" RENAME TO "SaleRecord";
CREATE INDEX "SaleRecord_registryId_createdAt_idx" ON "SaleRecord"("registryId", "createdAt");
CREATE UNIQUE INDEX "SaleRecord_itemId_reference_kind_key" ON "SaleRecord"("itemId", "reference", "kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

