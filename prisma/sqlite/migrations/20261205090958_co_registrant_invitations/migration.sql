-- AlterTable
ALTER TABLE "User" ADD COLUMN "emailVerifiedAt" DATETIME;

-- AlterTable: added in place (not a table rebuild) so Registry's changeSeq triggers and the
-- foreign keys pointing at it stay as they are. SQLite allows REFERENCES on an added NULL column.
ALTER TABLE "Registry" ADD COLUMN "coManagerId" INTEGER REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Registry" ADD COLUMN "coInviteHash" TEXT;
ALTER TABLE "Registry" ADD COLUMN "coInviteExpiresAt" DATETIME;
ALTER TABLE "Registry" ADD COLUMN "coInvitedAt" DATETIME;

-- CreateIndex
CREATE UNIQUE INDEX "Registry_coInviteHash_key" ON "Registry"("coInviteHash");

-- CreateIndex
CREATE INDEX "Registry_coManagerId_idx" ON "Registry"("coManagerId");
