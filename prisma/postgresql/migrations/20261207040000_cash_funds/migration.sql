-- Cash funds and the guests' contributions to them (issue 22).
-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('PROMISED', 'RECEIVED', 'REFUNDED');

-- CreateTable
CREATE TABLE "Fund" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Fund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" SERIAL NOT NULL,
    "registryId" INTEGER NOT NULL,
    "fundId" INTEGER,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "status" "ContributionStatus" NOT NULL DEFAULT 'PROMISED',
    "provider" TEXT NOT NULL DEFAULT 'pledge',
    "receivedAt" TIMESTAMP(3),
    "refundedAt" TIMESTAMP(3),
    "thankYouSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Fund_registryId_position_idx" ON "Fund"("registryId", "position");

-- CreateIndex
CREATE INDEX "Contribution_fundId_status_idx" ON "Contribution"("fundId", "status");

-- CreateIndex
CREATE INDEX "Contribution_registryId_createdAt_idx" ON "Contribution"("registryId", "createdAt");

-- AddForeignKey
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Hand-written (Prisma has no CHECK in its schema): money is positive integer cents, a contribution
-- goes somewhere (group gifts: "fundId" OR "itemId"), a goal is positive, a payment link is https.
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_amount_check" CHECK ("amountCents" > 0);
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_target_check" CHECK ("fundId" IS NOT NULL);
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_goal_check" CHECK ("goalCents" IS NULL OR "goalCents" > 0);
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_payment_check" CHECK ("paymentLink" = '' OR "paymentLink" LIKE 'https://%');
