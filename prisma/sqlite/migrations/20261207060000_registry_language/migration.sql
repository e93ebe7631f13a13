-- The registry's language for its guest page and guest emails (issue 23). Existing registries stay English.
-- The CHECK is hand-written (Prisma has no CHECK in its schema), named alike on both databases; a
-- migration that redefines "Registry" must keep it, and one that adds a language must widen it.
-- AlterTable
ALTER TABLE "Registry" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en' CONSTRAINT "Registry_language_check" CHECK ("language" IN ('en', 'es', 'fr', 'de'));
