import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { findManagedRegistry } from "../../lib/data/registries";
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

  it("the co-registrant manages it once signed in with that email", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
    const sam: SessionUser = { id: 999999, email: "SAM@example.com", name: "Sam", role: "REGISTRANT" };
    expect((await findManagedRegistry({ ...sam, email: sam.email.toLowerCase() }, wedding.id))?.id).toBe(wedding.id);
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
