-- CreateTable
-- UNLOGGED: each counted request is a write, and a logged one would wait for its WAL flush; after a
-- crash the table comes back empty, which only restarts the budgets (hand-edited; Prisma ignores it).
CREATE UNLOGGED TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "head" BIGINT NOT NULL,
    "buckets" TEXT NOT NULL,
    "allowed" BOOLEAN NOT NULL,
    "expiresAt" BIGINT NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_expiresAt_idx" ON "RateLimitCounter"("expiresAt");

