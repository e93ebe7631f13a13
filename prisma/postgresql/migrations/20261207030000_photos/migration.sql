-- Photos (gift, cover, couple): each column holds the content hash of its variants in "Image".
-- AlterTable
ALTER TABLE "Registry" ADD COLUMN     "coverPhoto" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "couplePhoto" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "RegistryItem" ADD COLUMN     "photo" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Image" (
    "id" SERIAL NOT NULL,
    "hash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "registryId" INTEGER NOT NULL,
    "itemId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Image_registryId_idx" ON "Image"("registryId");

-- CreateIndex
CREATE INDEX "Image_itemId_idx" ON "Image"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Image_hash_width_key" ON "Image"("hash", "width");

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RegistryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
