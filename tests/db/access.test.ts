import { afterAll, describe, expect, it, vi } from "vitest";
import { prisma } from "../../lib/db";
import { auth } from "../../lib/auth";
import {
  addCatalogItemsAction,
  moveItemAction,
  raiseQuantityAction,
  removeItemAction,
  restoreItemAction,
  updateItemAction,
} from "../../lib/actions/items";
import { archiveRegistryAction, deleteRegistryAction, updateRegistryAction } from "../../lib/actions/registry";
import { revealBuyersAction } from "../../lib/actions/thank-you";
import { findManagedRegistry } from "../../lib/data/registries";
import { acceptInvitation, inviteCoRegistrant, revokeCoRegistrant } from "../../lib/data/co-registrant";
import { removeItem, updateItem } from "../../lib/data/registry-items";
import type { SessionUser } from "../../lib/data/users";
import { emptyRegistry } from "../../lib/validations/registry";

// The actions run as whoever auth() says (next-auth itself only loads under Next's bundler).
vi.mock("../../lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterAll(() => prisma.$disconnect());

const signedInAs = async (email: string) => {
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  vi.mocked(auth as () => Promise<unknown>).mockResolvedValue({ user: { id: String(u.id), sessionVersion: u.sessionVersion } });
};

const asUser = async (email: string): Promise<SessionUser> => {
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.firstName, role: u.role };
};

describe("a catalog product added twice", () => {
  it("is not added again: the action reports the gift already on the registry, and raising it asks for more", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
    const mixer = await prisma.registryItem.findFirstOrThrow({ where: { registryId: wedding.id, sku: "KIT-STAND-MIXER" } });
    const blender = await prisma.product.findUniqueOrThrow({ where: { sku: "KIT-BLENDER" } });
    const lines = () => prisma.registryItem.count({ where: { registryId: wedding.id } });
    const before = await lines();
    await signedInAs("alex@example.com");

    const r = await addCatalogItemsAction({ registryId: wedding.id, lines: [{ productId: mixer.productId!, requested: 2 }] });
    expect(r).toEqual({
      ok: true,
      data: {
        added: 0,
        existing: [{ itemId: mixer.id, productId: mixer.productId, title: mixer.title, requested: mixer.requested, asked: 2 }],
      },
    });
    expect(await lines()).toBe(before);

    // A new product alongside one already there: only the new one becomes a line.
    const both = await addCatalogItemsAction({
      registryId: wedding.id,
      lines: [
        { productId: blender.id, requested: 1 },
        { productId: mixer.productId!, requested: 1 },
      ],
    });
    expect(both.ok && both.data.added).toBe(1);
    expect(await lines()).toBe(before + 1);

    expect(await raiseQuantityAction({ registryId: wedding.id, itemId: mixer.id, by: 2 })).toEqual({
      ok: true,
      data: { itemId: mixer.id, requested: mixer.requested + 2 },
    });
    const tooMany = await raiseQuantityAction({ registryId: wedding.id, itemId: mixer.id, by: 999 });
    expect(tooMany.ok).toBe(false);
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: mixer.id } })).requested).toBe(mixer.requested + 2);

    // An item of another registry, named with this registry's id, is not raised.
    const babyItem = await prisma.registryItem.findFirstOrThrow({ where: { registry: { title: "Baby Lee is on the way" } } });
    expect(await raiseQuantityAction({ registryId: wedding.id, itemId: babyItem.id, by: 1 })).toEqual({
      ok: false,
      error: "That item is not on this registry",
    });
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: babyItem.id } })).requested).toBe(babyItem.requested);

    await prisma.registryItem.update({ where: { id: mixer.id }, data: { requested: mixer.requested, updatedAt: mixer.updatedAt } });
    await prisma.registryItem.deleteMany({ where: { registryId: wedding.id, productId: blender.id } });
  });
});

describe("registry access", () => {
  it("owner and admin reach a registry; another registrant does not, by id", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
    expect(await findManagedRegistry(await asUser("alex@example.com"), wedding.id)).not.toBeNull();
    expect(await findManagedRegistry(await asUser("admin@example.com"), wedding.id)).not.toBeNull();
    expect(await findManagedRegistry(await asUser("jordan@example.com"), wedding.id)).toBeNull();
    expect(await findManagedRegistry(await asUser("jordan@example.com"), -1)).toBeNull();
  });

  it("the co-registrant's email alone grants nothing; accepting the invitation with that address does", async () => {
    const alex = await prisma.user.findUniqueOrThrow({ where: { email: "alex@example.com" } });
    const coEmail = `co-${Date.now()}@example.com`;
    const r = await prisma.registry.create({
      data: {
        slug: `acc${Date.now()}`,
        title: "Access test",
        ownerId: alex.id,
        firstName: "Alex",
        lastName: "Rivera",
        email: alex.email,
        coEmail,
      },
    });
    const co = await prisma.user.create({ data: { email: coEmail, firstName: "Co", lastName: "Reg", passwordHash: "x" } });
    const other = await prisma.user.create({ data: { email: `other-${coEmail}`, firstName: "Ot", lastName: "Her", passwordHash: "x" } });
    const coUser: SessionUser = { id: co.id, email: co.email, name: "Co", role: "REGISTRANT" };
    expect(await findManagedRegistry(coUser, r.id)).toBeNull(); // signed up with the address: no access

    await prisma.$transaction((tx) => inviteCoRegistrant(tx, r.id, "http://app.test"));
    const mail = await prisma.emailMessage.findFirstOrThrow({
      where: { to: coEmail, kind: "co-registrant-invite" },
      orderBy: { id: "desc" },
    });
    const token = /accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect((await prisma.registry.findUniqueOrThrow({ where: { id: r.id } })).coInviteHash).not.toBe(token); // stored hashed
    expect(await findManagedRegistry(coUser, r.id)).toBeNull(); // invited, not yet accepted
    await expect(acceptInvitation(token, { id: other.id, email: other.email })).rejects.toThrow(/This invitation is for/);
    await expect(acceptInvitation(token, { id: alex.id, email: coEmail })).rejects.toThrow(/already own/);

    expect(await acceptInvitation(token, coUser)).toBe(r.id);
    expect((await findManagedRegistry(coUser, r.id))?.id).toBe(r.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: co.id } })).emailVerifiedAt).not.toBeNull();
    await expect(acceptInvitation(token, coUser)).rejects.toThrow(/expired/); // once

    await revokeCoRegistrant(r.id);
    expect(await findManagedRegistry(coUser, r.id)).toBeNull();
  });

  it("through the server actions, another registrant neither changes nor reveals someone else's registry; the owner does", async () => {
    const where = { title: "Alex & Sam's Wedding" };
    const before = await prisma.registry.findFirstOrThrow({ where, include: { items: true } });
    const registryId = before.id;
    const item = before.items[0];
    await signedInAs("jordan@example.com");
    for (const attempt of [
      () => updateRegistryAction({ ...emptyRegistry, registryId, title: "Hacked", occasionId: before.occasionId! }),
      () => updateItemAction({ registryId, itemId: item.id, requested: 99, priority: 0, note: "hacked" }),
      () => raiseQuantityAction({ registryId, itemId: item.id, by: 5 }),
      () => addCatalogItemsAction({ registryId, lines: [{ productId: item.productId ?? 1, requested: 1 }] }),
      () => moveItemAction({ registryId, itemId: item.id, direction: "down" }),
      () => removeItemAction({ registryId, itemId: item.id }),
      () => restoreItemAction({ registryId, itemId: item.id }),
      () => archiveRegistryAction({ registryId, archived: true }),
      () => revealBuyersAction({ registryId }),
      () => deleteRegistryAction({ registryId }),
    ])
      expect(await attempt()).toEqual({ ok: false, error: "Registry not found" });
    expect(await prisma.registry.findFirstOrThrow({ where, include: { items: true } })).toEqual(before);

    await signedInAs("alex@example.com"); // the same call from the owner goes through: the refusals were the check
    expect(
      await updateItemAction({ registryId, itemId: item.id, requested: item.requested, priority: item.priority, note: "from the owner" }),
    ).toEqual({ ok: true, data: null });
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).note).toBe("from the owner");
    await prisma.registryItem.update({ where: { id: item.id }, data: { note: item.note, updatedAt: item.updatedAt } });
  });

  it("an item id from another registry changes nothing", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
    const babyItem = await prisma.registryItem.findFirstOrThrow({ where: { registry: { title: "Baby Lee is on the way" } } });
    await expect(updateItem(wedding.id, babyItem.id, { requested: 99, priority: 0, note: "hacked" })).rejects.toThrow(
      /not on this registry/,
    );
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: babyItem.id } })).requested).toBe(babyItem.requested);
  });

  it("Requested never drops below Purchased + Locked; removing a bought item is refused", async () => {
    const plates = await prisma.registryItem.findFirstOrThrow({
      where: { title: "Stoneware Dinner Plate", registry: { title: "Alex & Sam's Wedding" } },
    });
    const floor = plates.purchased + plates.locked;
    await expect(updateItem(plates.registryId, plates.id, { requested: floor - 1, priority: 0, note: "" })).rejects.toThrow(
      `can’t be lower than ${floor}`,
    );
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: plates.id } })).requested).toBe(plates.requested);
    await expect(removeItem(plates.registryId, plates.id)).rejects.toThrow(/already bought/);
  });
});
