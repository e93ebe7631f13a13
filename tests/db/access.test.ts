import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { findManagedRegistry } from "../../lib/data/registries";
import { acceptInvitation, inviteCoRegistrant, revokeCoRegistrant } from "../../lib/data/co-registrant";
import { removeItem, updateItem } from "../../lib/data/registry-items";
import type { SessionUser } from "../../lib/data/users";

afterAll(() => prisma.$disconnect());

const asUser = async (email: string): Promise<SessionUser> => {
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.firstName, role: u.role };
};

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
    const r = await prisma.registry.create({ data: { slug: `acc${Date.now()}`, title: "Access test", ownerId: alex.id, firstName: "Alex", lastName: "Rivera", email: alex.email, coEmail } });
    const co = await prisma.user.create({ data: { email: coEmail, firstName: "Co", lastName: "Reg", passwordHash: "x" } });
    const other = await prisma.user.create({ data: { email: `other-${coEmail}`, firstName: "Ot", lastName: "Her", passwordHash: "x" } });
    const coUser: SessionUser = { id: co.id, email: co.email, name: "Co", role: "REGISTRANT" };
    expect(await findManagedRegistry(coUser, r.id)).toBeNull(); // signed up with the address: no access

    await prisma.$transaction((tx) => inviteCoRegistrant(tx, r.id, "http://app.test"));
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { to: coEmail, kind: "co-registrant-invite" }, orderBy: { id: "desc" } });
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

  it("an item id from another registry changes nothing", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
    const babyItem = await prisma.registryItem.findFirstOrThrow({ where: { registry: { title: "Baby Lee is on the way" } } });
    await expect(updateItem(wedding.id, babyItem.id, { requested: 99, priority: 0, note: "hacked" })).rejects.toThrow(/not on this registry/);
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: babyItem.id } })).requested).toBe(babyItem.requested);
  });

  it("Requested never drops below Purchased + Locked; removing a bought item is refused", async () => {
    const plates = await prisma.registryItem.findFirstOrThrow({ where: { title: "Stoneware Dinner Plate", registry: { title: "Alex & Sam's Wedding" } } });
    const floor = plates.purchased + plates.locked;
    await expect(updateItem(plates.registryId, plates.id, { requested: floor - 1, priority: 0, note: "" })).rejects.toThrow(`can’t be lower than ${floor}`);
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: plates.id } })).requested).toBe(plates.requested);
    await expect(removeItem(plates.registryId, plates.id)).rejects.toThrow(/already bought/);
  });
});
