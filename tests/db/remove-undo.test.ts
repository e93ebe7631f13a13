// Removing a gift keeps it for Undo; Undo puts back exactly the same gift (same id, counts, history).
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { cancelOrder, placeOrder } from "../../lib/data/orders";
import { newSlug } from "../../lib/data/registries";
import { removeItem, restoreItem, UNDO_REMOVE_MS } from "../../lib/data/registry-items";
import { setItemPhoto } from "../../lib/images/photos";
import sharp from "sharp";

afterAll(() => prisma.$disconnect());
const buyer = { buyerName: "Guest", buyerEmail: "guest@example.com", giftMessage: "", shipToRegistrant: true };

async function registryWith(...requested: number[]) {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const registry = await prisma.registry.create({
    data: { slug: newSlug(), title: "Undo test", ownerId: owner.id, firstName: "O", lastName: "T", email: owner.email },
  });
  const items = [];
  for (const [i, r] of requested.entries())
    items.push(
      await prisma.registryItem.create({
        data: { registryId: registry.id, title: `Gift ${i}`, priceCents: 1000, requested: r, position: i },
      }),
    );
  return { registry, items };
}

describe("remove and undo", () => {
  it("undo restores the same row and the cancelled order's line that pointed at it", async () => {
    const { registry, items } = await registryWith(3, 2);
    const [gift] = items;
    const order = await placeOrder(registry.id, buyer, [{ itemId: gift.id, quantity: 1 }]);
    await cancelOrder(order.id, null);
    const before = await prisma.registryItem.findUniqueOrThrow({ where: { id: gift.id } });
    expect(await removeItem(registry.id, gift.id)).toEqual({ title: gift.title });
    expect(await prisma.registryItem.findUnique({ where: { id: gift.id } })).toBeNull();
    expect(await prisma.orderLine.count({ where: { orderId: order.id } })).toBe(0);

    expect(await restoreItem(registry.id, gift.id)).toEqual({ title: gift.title });
    const after = await prisma.registryItem.findUniqueOrThrow({ where: { id: gift.id } });
    const { changeSeq: _a, updatedAt: _b, ...same } = before;
    expect(after).toMatchObject(same);
    expect(after.changeSeq).toBeGreaterThan(before.changeSeq); // the guest page and APIs see it again
    expect(await prisma.orderLine.count({ where: { orderId: order.id, itemId: gift.id } })).toBe(1);
    expect(await prisma.removedGift.count({ where: { itemId: gift.id } })).toBe(0);
    // Once only.
    await expect(restoreItem(registry.id, gift.id)).rejects.toThrow(/can no longer be put back/);
  });

  it("undo brings the gift's photo back, byte for byte", async () => {
    const { registry, items } = await registryWith(1);
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#c0392b" } })
      .png()
      .toBuffer();
    await setItemPhoto(items[0].id, png);
    const { photo } = await prisma.registryItem.findUniqueOrThrow({ where: { id: items[0].id } });
    const images = await prisma.image.findMany({ where: { itemId: items[0].id }, orderBy: { width: "asc" } });
    expect(images.length).toBeGreaterThan(0);
    await removeItem(registry.id, items[0].id);
    expect(await prisma.image.count({ where: { itemId: items[0].id } })).toBe(0);
    await restoreItem(registry.id, items[0].id);
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: items[0].id } })).photo).toBe(photo);
    const back = await prisma.image.findMany({ where: { itemId: items[0].id }, orderBy: { width: "asc" } });
    expect(back.map((i) => [i.hash, i.width, Buffer.from(i.data).equals(Buffer.from(images[back.indexOf(i)].data))])).toEqual(
      images.map((i) => [i.hash, i.width, true]),
    );
  });

  it("undo is scoped to the registry, and too late after the undo window", async () => {
    const { registry, items } = await registryWith(1);
    const other = await registryWith(1);
    await removeItem(registry.id, items[0].id);
    await expect(restoreItem(other.registry.id, items[0].id)).rejects.toThrow(/can no longer be put back/);
    await prisma.removedGift.update({ where: { itemId: items[0].id }, data: { removedAt: new Date(Date.now() - UNDO_REMOVE_MS - 1000) } });
    await expect(restoreItem(registry.id, items[0].id)).rejects.toThrow(/can no longer be put back/);
    expect(await prisma.registryItem.findUnique({ where: { id: items[0].id } })).toBeNull();
  });

  it("a gift with an order in progress is not removed", async () => {
    const { registry, items } = await registryWith(2);
    await placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 1 }]);
    await expect(removeItem(registry.id, items[0].id)).rejects.toThrow(/already bought/);
    expect(await prisma.removedGift.count({ where: { itemId: items[0].id } })).toBe(0);
  });
});
