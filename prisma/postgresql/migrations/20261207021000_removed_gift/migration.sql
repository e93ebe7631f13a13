-- A removed gift is kept for "Undo" (issue 21): its row and the rows that pointed at it, as JSON.
CREATE TABLE "RemovedGift" (
    "itemId" INTEGER NOT NULL,
    "registryId" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RemovedGift_pkey" PRIMARY KEY ("itemId")
);
CREATE INDEX "RemovedGift_registryId_idx" ON "RemovedGift"("registryId");
CREATE INDEX "RemovedGift_removedAt_idx" ON "RemovedGift"("removedAt");
ALTER TABLE "RemovedGift" ADD CONSTRAINT "RemovedGift_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
