-- Partial search (LIKE '%term%' on the lower-cased search columns, lib/data/search.ts) cannot use a
-- B-tree; trigram GIN indexes serve it. PostgreSQL only (SQLite scans, which is fast at this size).
-- These indexes live outside the Prisma models on purpose: db:migrate:new diffs model snapshots, not
-- databases, so it never proposes to drop them. pg_trgm is a trusted extension (PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Registry_searchName_trgm_idx" ON "Registry" USING gin ("searchName" gin_trgm_ops);
CREATE INDEX "Registry_searchEmail_trgm_idx" ON "Registry" USING gin ("searchEmail" gin_trgm_ops);
