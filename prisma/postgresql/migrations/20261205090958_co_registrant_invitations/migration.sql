-- AlterEnum
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'EMAIL_VERIFY';

-- AlterTable
ALTER TABLE "Registry" ADD COLUMN     "coInviteExpiresAt" TIMESTAMP(3),
ADD COLUMN     "coInviteHash" TEXT,
ADD COLUMN     "coInvitedAt" TIMESTAMP(3),
ADD COLUMN     "coManagerId" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Registry_coInviteHash_key" ON "Registry"("coInviteHash");

-- CreateIndex
CREATE INDEX "Registry_coManagerId_idx" ON "Registry"("coManagerId");

-- AddForeignKey
ALTER TABLE "Registry" ADD CONSTRAINT "Registry_coManagerId_fkey" FOREIGN KEY ("coManagerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

