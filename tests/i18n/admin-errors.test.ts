// The admin area's refusals (catalog, sales, credentials, occasions and stores) are WordedErrors:
// English in .message (logs, tests, SOAP's own answer), the admin's language where they are shown,
// German formally (Sie). The SOAP caller still gets the English sentence from the same failure.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { AppError } from "../../lib/errors";
import { localizeError } from "../../lib/i18n/errors";
import { catalogue } from "../../lib/i18n/messages";
import { addListEntry } from "../../lib/data/admin-lists";
import { deleteProduct, saveProduct } from "../../lib/data/admin-catalog";
import { recordOfflineMovement } from "../../lib/data/admin-sales";
import { recordMovementsAs } from "../../lib/data/soap-sales";
import { SoapFailure } from "../../lib/data/soap";
import { createApiUser } from "../../lib/data/admin-credentials";
import type { SessionUser } from "../../lib/data/users";
import { applyToOrders } from "../../lib/data/admin-orders";

afterAll(() => prisma.$disconnect());

const admin = async (): Promise<SessionUser> => {
  const u = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  return { id: u.id, email: u.email, name: u.firstName, role: u.role };
};

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}
const inLang = (e: AppError, l: "en" | "es" | "fr" | "de") => localizeError(e, catalogue(l));

describe("admin refusals in the admin's language", () => {
  it("a taken occasion name, a taken SKU and a product in use", async () => {
    const occasion = await prisma.occasion.findFirstOrThrow();
    const taken = await refusal(addListEntry("occasion", occasion.name, await admin()));
    expect(taken.message).toBe(`“${occasion.name}” already exists`);
    expect(inLang(taken, "de")).toEqual({
      error: `„${occasion.name}“ gibt es bereits`,
      fieldErrors: { name: `„${occasion.name}“ gibt es bereits` },
    });
    expect(inLang(taken, "fr").error).toBe(`« ${occasion.name} » existe déjà`);

    const [a, b] = await prisma.product.findMany({ take: 2, orderBy: { id: "asc" } });
    const p = { ...a, price: a.priceCents };
    const sku = await refusal(saveProduct(b.id, { ...p, sku: a.sku }, await admin()));
    expect(sku.message).toBe(`SKU “${a.sku}” is already used by another product`);
    expect(inLang(sku, "de").fieldErrors).toEqual({ sku: "Diese Artikelnummer wird bereits von einem anderen Produkt verwendet" });

    const used = await prisma.product.findFirstOrThrow({
      where: { items: { some: {} } },
      include: { _count: { select: { items: true } } },
    });
    const inUse = await refusal(deleteProduct(used.id, await admin()));
    const n = used._count.items;
    expect(inUse.message).toBe(`${n} registry item${n === 1 ? " uses" : "s use"} this product: deactivate it instead.`);
    expect(inLang(inUse, "de").error).toBe(
      `${n} ${n === 1 ? "Geschenk in einer Liste verwendet" : "Geschenke in Listen verwenden"} dieses Produkt: Deaktivieren Sie es stattdessen.`,
    );
  });

  it("a refund above what was sold: German for the admin, the same English sentence for the SOAP caller", async () => {
    const item = await prisma.registryItem.findFirstOrThrow({ where: { purchased: 0, registry: { active: true } } });
    const line = {
      registryId: item.registryId,
      itemId: item.id,
      kind: "REFUND" as const,
      quantity: 4,
      unitNet: 100,
      reference: "",
      comment: "",
    };
    const e = await refusal(recordOfflineMovement(await admin(), line));
    const english = `Item ${item.id}: only 0 purchased through sales, cannot refund 4`;
    expect(e.message).toBe(english);
    const de = `Geschenk ${item.id}: nur 0 über Verkäufe gekauft, 4 können nicht erstattet werden`;
    expect(inLang(e, "de")).toEqual({ error: de, fieldErrors: { quantity: de } });
    expect(inLang(e, "es").error).toBe(`Regalo ${item.id}: solo 0 comprados mediante ventas, no se pueden reembolsar 4`);

    const soap = await recordMovementsAs({ admin: await admin() }, item.registryId, "REFUND", [
      { itemId: item.id, quantity: 4, unitNetCents: 100, reference: null, comment: "" },
    ]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(soap).toBeInstanceOf(SoapFailure);
    expect((soap as SoapFailure).message).toBe(english);
  });

  it("a taken API username", async () => {
    const username = `taken${Date.now()}`;
    await createApiUser({ username, password: "a-password-123", grants: ["Search"] }, await admin());
    const e = await refusal(createApiUser({ username, password: "a-password-123", grants: ["Search"] }, await admin()));
    expect(e.message).toBe("That username is taken");
    expect(inLang(e, "de")).toEqual({
      error: "Dieser Benutzername ist vergeben",
      fieldErrors: { username: "Dieser Benutzername ist vergeben" },
    });
  });

  it("bulk dispatch: an order already dispatched, and one that does not exist", async () => {
    const order = await prisma.order.findFirstOrThrow({ where: { status: "DISPATCHED" } });
    const [done, gone] = await applyToOrders([order.id, 2_000_000_000], "dispatch", await admin());
    expect(done).toMatchObject({ ok: false, message: `Order ${order.id} is already dispatched` });
    expect(inLang(done.failure!, "de").error).toBe(`Bestellung ${order.id} ist bereits versandt`);
    expect(inLang(done.failure!, "fr").error).toBe(`La commande ${order.id} est déjà expédiée`);
    expect(gone).toMatchObject({ ok: false, message: "Order 2000000000 not found" });
    expect(inLang(gone.failure!, "es").error).toBe("No se encontró el pedido 2000000000");
  });
});
