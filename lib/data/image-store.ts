import "server-only";
// Photo variants in the database (Prisma Bytes: BLOB on SQLite, BYTEA on PostgreSQL).
import { prisma } from "../db";
import type { ImageStore } from "../images/store";

export const databaseImageStore: ImageStore = {
  async put(owner, hash, variants) {
    // The same hash is the same bytes for the same slot: already there is done (SQLite has no skipDuplicates).
    if (await prisma.image.count({ where: { hash } })) return;
    await prisma.image.createMany({ data: variants.map((v) => ({ hash, width: v.width, height: v.height, data: v.data, ...owner })) });
  },
  async get(hash, width) {
    const row = await prisma.image.findUnique({
      where: { hash_width: { hash, width } },
      select: {
        data: true,
        registry: { select: { id: true, visibility: true, active: true, accessCodeHash: true, ownerId: true, coManagerId: true } },
      },
    });
    return row;
  },
  async remove(hashes) {
    if (hashes.length) await prisma.image.deleteMany({ where: { hash: { in: hashes } } });
  },
};

/** A gift's registry, or null when the gift is not there (or not on `registryId` when given). */
export async function findItemForPhoto(itemId: number, registryId?: number) {
  return prisma.registryItem.findFirst({
    where: { id: itemId, ...(registryId ? { registryId } : {}) },
    select: { id: true, registryId: true },
  });
}

/** Point a gift at a new photo hash ("" removes it); returns the hash it had. */
export async function swapItemPhoto(itemId: number, hash: string): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const item = await tx.registryItem.findUnique({ where: { id: itemId }, select: { photo: true } });
    if (!item) return null;
    if (item.photo !== hash) await tx.registryItem.update({ where: { id: itemId }, data: { photo: hash } });
    return item.photo;
  });
}

/** Point a registry's cover or couple photo at a new hash ("" removes it); returns the hash it had. */
export async function swapRegistryPhoto(registryId: number, field: "coverPhoto" | "couplePhoto", hash: string): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const registry = await tx.registry.findUnique({ where: { id: registryId }, select: { coverPhoto: true, couplePhoto: true } });
    if (!registry) return null;
    if (registry[field] !== hash) await tx.registry.update({ where: { id: registryId }, data: { [field]: hash } });
    return registry[field];
  });
}

/** Point a fund's photo at a new hash ("" removes it); returns the hash it had, or null when the fund is not on that registry. */
export async function swapFundPhoto(registryId: number, fundId: number, hash: string): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const fund = await tx.fund.findFirst({ where: { id: fundId, registryId }, select: { photo: true } });
    if (!fund) return null;
    if (fund.photo !== hash) {
      await tx.fund.update({ where: { id: fundId }, data: { photo: hash } });
      // The guest page's fingerprint moves with the registry's changeSeq (lib/data/change-cache.ts).
      await tx.registry.update({ where: { id: registryId }, data: { updatedAt: new Date() } });
    }
    return fund.photo;
  });
}
