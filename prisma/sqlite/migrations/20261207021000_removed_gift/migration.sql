-- A removed gift is kept for "Undo" (issue 21): its row and the rows that pointed at it, as JSON.
CREATE TABLE "RemovedGift" (
    "itemId" INTEGER NOT NULL PRIMARY KEY,
    "registryId" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "removedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RemovedGift_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "RemovedGift_registryId_idx" ON "RemovedGift"("registryId");
CREATE INDEX "RemovedGift_removedAt_idx" ON "RemovedGift"("removedAt");
