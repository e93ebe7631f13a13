-- AlterTable (a plain ADD COLUMN: SQLite allows NOT NULL with a default, no table rebuild needed)
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
