-- Cash funds and the guests' contributions to them (issue 22).
-- The CHECKs are hand-written (Prisma has no CHECK in its schema) and named as on PostgreSQL, so
-- both databases refuse the same rows with the same name. A migration that redefines "Fund" or
-- "Contribution" must keep them.
-- CreateTable
CREATE TABLE "Fund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "registryId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "story" TEXT NOT NULL DEFAULT '',
    "photo" TEXT NOT NULL DEFAULT '',
    "goalCents" INTEGER,
    "suggestedCents" TEXT NOT NULL DEFAULT '',
    "paymentLink" TEXT NOT NULL DEFAULT '',
    "transferDetails" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fund_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Fund_goal_check" CHECK ("goalCents" IS NULL OR "goalCents" > 0),
    CONSTRAINT "Fund_payment_check" CHECK ("paymentLink" = '' OR "paymentLink" LIKE 'https://%')
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "registryId" INTEGER NOT NULL,
    "fundId" INTEGER,
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
    -- Money is positive integer cents; a contribution goes somewhere (group gifts: "fundId" OR "itemId").
    CONSTRAINT "Contribution_amount_check" CHECK ("amountCents" > 0),
    CONSTRAINT "Contribution_target_check" CHECK ("fundId" IS NOT NULL),
    CONSTRAINT "Contribution_status_check" CHECK ("status" IN ('PROMISED', 'RECEIVED', 'REFUNDED'))
);

-- CreateIndex
CREATE INDEX "Fund_registryId_position_idx" ON "Fund"("registryId", "position");

-- CreateIndex
CREATE INDEX "Contribution_fundId_status_idx" ON "Contribution"("fundId", "status");

-- CreateIndex
CREATE INDEX "Contribution_registryId_createdAt_idx" ON "Contribution"("registryId", "createdAt");
