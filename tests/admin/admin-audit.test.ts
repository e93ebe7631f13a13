// Admin changes write an audit row with the right before/after, in the same transaction as the change.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { deactivateRegistry, reactivateRegistry } from "../../lib/data/admin-registries";
import { setUserRole, setUserSuspended } from "../../lib/data/admin-users";
import { recordOfflineMovement } from "../../lib/data/admin-sales";
import { setArchived } from "../../lib/data/registry-edits";
import type { SessionUser } from "../../lib/data/users";

afterAll(() => prisma.$disconnect());

const asUser = async (email: string): Promise<SessionUser> => {
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.firstName, role: u.role };
};
const lastAudit = (action: string) => prisma.auditLog.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
const tag = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function ownRegistry() {
  const owner = await prisma.user.findUniqueOrThrow({ where: { email: "jordan@example.com" } });
  return prisma.registry.create({
    data: {
      slug: `audit-${tag()}`,
      title: `Audit test ${tag()}`,
      ownerId: owner.id,
      firstName: "Jo",
      lastName: "Audit",
      email: owner.email,
      items: { create: [{ title: "Teapot", priceCents: 2500, requested: 5 }] },
    },
    include: { items: true },
  });
}

describe("admin audit entries", () => {
  it("deactivate and reactivate record the registry state before and after", async () => {
    const admin = await asUser("admin@example.com");
    const r = await ownRegistry();
    await deactivateRegistry(r.id, "Offensive title", admin);
    const a = await lastAudit("registry.deactivate");
    expect(a).toMatchObject({
      actorType: "ADMIN",
      actorId: admin.id,
      actorLabel: "admin@example.com",
      targetType: "Registry",
      targetId: String(r.id),
      registryId: r.id,
    });
    expect(JSON.parse(a.before)).toEqual({ active: true, deactivatedByAdmin: false, deactivatedReason: "" });
    expect(JSON.parse(a.after)).toEqual({ active: false, deactivatedByAdmin: true, deactivatedReason: "Offensive title" });

    // The owner cannot undo an admin deactivation; the admin can.
    await expect(setArchived(r.id, false)).rejects.toThrow(/administrator deactivated/);
    await reactivateRegistry(r.id, admin);
    const b = await lastAudit("registry.reactivate");
    expect(JSON.parse(b.before)).toMatchObject({ active: false, deactivatedByAdmin: true });
    expect(JSON.parse(b.after)).toEqual({ active: true, deactivatedByAdmin: false, deactivatedReason: "" });
    expect(await prisma.registry.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ active: true, deactivatedByAdmin: false });
  });

  it("suspending and changing role record status/role; an admin cannot suspend themselves", async () => {
    const admin = await asUser("admin@example.com");
    const u = await prisma.user.create({ data: { email: `audit-${tag()}@example.com`, passwordHash: "x", firstName: "A", lastName: "B" } });
    await setUserSuspended(u.id, true, admin);
    const a = await lastAudit("user.suspend");
    expect(a.targetId).toBe(String(u.id));
    expect(JSON.parse(a.before)).toEqual({ status: "ACTIVE", role: "REGISTRANT" });
    expect(JSON.parse(a.after)).toEqual({ status: "SUSPENDED", role: "REGISTRANT" });
    await setUserRole(u.id, "ADMIN", admin);
    expect(JSON.parse((await lastAudit("user.role")).after)).toEqual({ status: "SUSPENDED", role: "ADMIN" });

    const count = await prisma.auditLog.count();
    await expect(setUserSuspended(admin.id, true, admin)).rejects.toThrow(/cannot suspend yourself/);
    expect(await prisma.auditLog.count()).toBe(count);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe("ACTIVE");
  });

  it("an offline sale and refund follow the SOAP rules and record purchased before/after", async () => {
    const admin = await asUser("admin@example.com");
    const r = await ownRegistry();
    const item = r.items[0];
    const sale = {
      registryId: r.id,
      itemId: item.id,
      kind: "SALE" as const,
      quantity: 2,
      unitNet: 2300,
      reference: "POS-1",
      comment: "till 3",
    };
    expect(await recordOfflineMovement(admin, sale)).toEqual({ recorded: 1, alreadyRecorded: 0 });
    expect(await recordOfflineMovement(admin, sale)).toEqual({ recorded: 0, alreadyRecorded: 1 }); // same reference counts once
    const a = await lastAudit("sale.offline");
    expect(a).toMatchObject({ actorType: "ADMIN", actorId: admin.id, registryId: r.id, targetId: String(item.id) });
    expect(JSON.parse(a.before)).toEqual({ purchased: 0, locked: 0 });
    expect(JSON.parse(a.after)).toEqual({ purchased: 2, locked: 0 });
    const record = await prisma.saleRecord.findFirstOrThrow({ where: { itemId: item.id, reference: "POS-1" } });
    expect(record).toMatchObject({ source: "OFFLINE", actorUserId: admin.id, quantity: 2, unitNetCents: 2300, comment: "till 3" });

    // A refund above what was purchased is refused and changes nothing.
    await expect(recordOfflineMovement(admin, { ...sale, kind: "REFUND", quantity: 3, reference: "RF-1" })).rejects.toThrow(
      /cannot refund 3/,
    );
    await recordOfflineMovement(admin, { ...sale, kind: "REFUND", quantity: 1, reference: "RF-1" });
    expect(JSON.parse((await lastAudit("refund.offline")).after)).toEqual({ purchased: 1, locked: 0 });
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).purchased).toBe(1);
  });
});
