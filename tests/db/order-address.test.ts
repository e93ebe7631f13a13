// A new order not shipped to the registrant carries the guest's address: the database refuses one without.
import { afterAll, expect, it } from "vitest";
import { prisma } from "../../lib/db";

afterAll(() => prisma.$disconnect());

it("the database refuses a new order to the guest's own address without that address", async () => {
  const registry = await prisma.registry.findFirstOrThrow();
  const base = { registryId: registry.id, buyerName: "G", buyerEmail: "g@example.com", totalCents: 0, shipToRegistrant: false };
  const refused = await prisma.order.create({ data: { ...base, shipName: "G", shipStreet: "1 St", shipCity: "Town" } }).catch((e) => e);
  // PostgreSQL's CHECK names itself in the message; SQLite's trigger in the error's meta (as RegistryItem_counts_check).
  expect(`${refused?.message} ${JSON.stringify(refused?.meta ?? null)}`).toMatch(/Order_ship_address_check/);
  const ok = await prisma.order.create({
    data: { ...base, shipName: "G", shipStreet: "1 St", shipCity: "Town", shipPostcode: "123", shipCountry: "USA" },
  });
  await prisma.order.delete({ where: { id: ok.id } });
});
