-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EmailMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "orderId" INTEGER,
    CONSTRAINT "EmailMessage_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_EmailMessage" ("attempts", "createdAt", "html", "id", "kind", "lastError", "leaseUntil", "nextAttemptAt", "sentAt", "status", "subject", "text", "to") SELECT "attempts", "createdAt", "html", "id", "kind", "lastError", "leaseUntil", "nextAttemptAt", "sentAt", "status", "subject", "text", "to" FROM "EmailMessage";
DROP TABLE "EmailMessage";
ALTER TABLE "new_EmailMessage" RENAME TO "EmailMessage";
CREATE INDEX "EmailMessage_status_nextAttemptAt_idx" ON "EmailMessage"("status", "nextAttemptAt");
CREATE INDEX "EmailMessage_createdAt_idx" ON "EmailMessage"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Hand-written (Prisma has no CHECK in its schema, and SQLite cannot add one to a table): the counts
-- invariant as triggers that abort with the constraint's name, as PostgreSQL's CHECK does
-- (lib/data/orders.ts). A migration that redefines "RegistryItem" must create them again.
CREATE TRIGGER "RegistryItem_counts_check_insert" BEFORE INSERT ON "RegistryItem"
WHEN NEW."purchased" < 0 OR NEW."locked" < 0 OR NEW."purchasedOffline" < 0 OR NEW."purchased" + NEW."locked" > NEW."requested"
BEGIN SELECT RAISE(ABORT, 'RegistryItem_counts_check'); END;
CREATE TRIGGER "RegistryItem_counts_check_update" BEFORE UPDATE OF "requested", "purchased", "locked", "purchasedOffline" ON "RegistryItem"
WHEN NEW."purchased" < 0 OR NEW."locked" < 0 OR NEW."purchasedOffline" < 0 OR NEW."purchased" + NEW."locked" > NEW."requested"
BEGIN SELECT RAISE(ABORT, 'RegistryItem_counts_check'); END;
