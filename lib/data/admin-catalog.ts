import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import type { ProductInput } from "../validations/admin";
import { audit } from "./audit";
import { ADMIN_PAGE_SIZE } from "./admin-registries";
import { containsText } from "./contains";
import { withBusyRetry } from "./retry";
import type { SessionUser } from "./users";

export async function listProducts(q: { q?: string; page: number }) {
  const t = q.q?.trim();
  const where: Prisma.ProductWhereInput = t
    ? { OR: [{ sku: containsText(t) }, { name: containsText(t) }, { barcode: containsText(t) }] }
    : {};
  const [total, rows] = await Promise.all([
    prisma.product.count({ where }),
    prisma.product.findMany({ where, orderBy: { sku: "asc" }, skip: (q.page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export const getProduct = (id: number) => prisma.product.findUnique({ where: { id } });

const toData = (p: ProductInput) => ({
  sku: p.sku,
  barcode: p.barcode,
  name: p.name,
  priceCents: p.price,
  colour: p.colour,
  size: p.size,
  imageUrl: p.imageUrl,
  category: p.category,
  active: p.active,
});
const skuTaken = (sku: string) => worded("conflict", "adminCatalog.skuTaken", { sku }, { sku: msg("adminCatalog.skuTakenField") });
const gone = () => worded("not_found", "adminCatalog.gone");
const isUnique = (e: unknown) => (e as { code?: string })?.code === "P2002";

export async function saveProduct(productId: number | null, p: ProductInput, actor: SessionUser) {
  try {
    return await withBusyRetry(() =>
      prisma.$transaction(async (tx) => {
        const before = productId ? await tx.product.findUnique({ where: { id: productId } }) : null;
        if (productId && !before) throw gone();
        const after = productId
          ? await tx.product.update({ where: { id: productId }, data: toData(p) })
          : await tx.product.create({ data: toData(p) });
        const pick = (x: typeof after | null) =>
          x && {
            sku: x.sku,
            name: x.name,
            priceCents: x.priceCents,
            active: x.active,
            barcode: x.barcode,
            colour: x.colour,
            size: x.size,
            category: x.category,
            imageUrl: x.imageUrl,
          };
        await audit(tx, actor, {
          action: productId ? "product.update" : "product.create",
          targetType: "Product",
          targetId: after.id,
          before: pick(before) ?? undefined,
          after: pick(after),
        });
        return { id: after.id };
      }),
    );
  } catch (e) {
    if (isUnique(e)) throw skuTaken(p.sku);
    throw e;
  }
}

export async function existingSkus(skus: string[]) {
  const rows = await prisma.product.findMany({ where: { sku: { in: skus } }, select: { sku: true } });
  return new Set(rows.map((r) => r.sku));
}

/** Import the valid rows in one transaction: a SKU already in the catalog is updated, a new one created. */
export function importProducts(products: ProductInput[], actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(
      async (tx) => {
        let created = 0;
        let updated = 0;
        for (const p of products) {
          const existing = await tx.product.findUnique({ where: { sku: p.sku }, select: { id: true } });
          await tx.product.upsert({ where: { sku: p.sku }, create: toData(p), update: toData(p) });
          if (existing) updated++;
          else created++;
        }
        await audit(tx, actor, {
          action: "product.import",
          targetType: "Product",
          targetId: "csv",
          after: { created, updated, skus: products.slice(0, 50).map((p) => p.sku) },
        });
        return { created, updated };
      },
      { timeout: 60_000, maxWait: 15_000 },
    ),
  );
}

/** Delete a product no registry uses; one in use is deactivated instead (items keep their catalog link). */
export function deleteProduct(productId: number, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const p = await tx.product.findUnique({ where: { id: productId }, include: { _count: { select: { items: true } } } });
      if (!p) throw gone();
      if (p._count.items > 0) throw worded("conflict", "adminCatalog.inUse", { count: p._count.items });
      await tx.product.delete({ where: { id: productId } });
      await audit(tx, actor, {
        action: "product.delete",
        targetType: "Product",
        targetId: productId,
        before: { sku: p.sku, name: p.name, priceCents: p.priceCents, active: p.active },
      });
    }),
  );
}
