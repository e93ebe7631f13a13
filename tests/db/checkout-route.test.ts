// POST /api/checkout (app/api/checkout/route.ts): every answer, and a rush of buyers through the route.
import { afterAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "../../lib/db";
import { resetEnv } from "../../lib/env";
import { newSlug } from "../../lib/data/registries";
import { accessCookie, accessToken } from "../../lib/guest-access";
import { POST } from "../../app/api/checkout/route";

afterAll(() => prisma.$disconnect());

async function registryWith(requested: number, visibility: "PUBLIC" | "PRIVATE" = "PUBLIC") {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  return prisma.registry.create({
    data: {
      slug: newSlug(),
      title: "API checkout test",
      ownerId: owner.id,
      firstName: "A",
      lastName: "T",
      email: owner.email,
      visibility,
      accessCodeHash: visibility === "PRIVATE" ? `code-hash-${newSlug()}` : null,
      items: { create: [{ title: "Kettle", priceCents: 3000, requested, position: 0 }] },
    },
    include: { items: true },
  });
}

const order = (slug: string, itemId: number, quantity = 1) => ({
  slug,
  buyerName: "Api Guest",
  buyerEmail: "api.guest@example.com",
  giftMessage: "",
  shipToRegistrant: true,
  lines: [{ itemId, quantity }],
});
let ipSeq = 0;
type Over = { headers?: Record<string, string>; ip?: string; cookie?: string };
/** The route's answer to this body (an object is sent as JSON), from a fresh address unless `ip` names one. */
async function post(body: unknown, over: Over = {}) {
  const headers = {
    host: "shop.example",
    "content-type": "application/json",
    "x-client-address": over.ip ?? `test-${process.pid}-${++ipSeq}`,
    ...(over.cookie ? { cookie: over.cookie } : {}),
    ...over.headers,
  };
  const res = await POST(
    new NextRequest("http://shop.example/api/checkout", {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers,
    }),
  );
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}
const locked = async (id: number) => (await prisma.registryItem.findUniqueOrThrow({ where: { id } })).locked;

describe("POST /api/checkout", () => {
  it("201 with the order id and a receipt; the units are locked", async () => {
    const r = await registryWith(3);
    const a = await post(order(r.slug, r.items[0].id, 2));
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ orderId: expect.any(Number), receipt: expect.any(String) });
    expect(a.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(await locked(r.items[0].id)).toBe(2);
  });

  it("refuses bad requests with a clear answer and changes nothing", async () => {
    const r = await registryWith(1);
    const id = r.items[0].id;
    expect((await post(order(r.slug, id), { headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    expect((await post(order(r.slug, id), { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await post(order(r.slug, id), { headers: { "content-length": String(65 * 1024) } })).status).toBe(413);
    expect((await post("x".repeat(65 * 1024))).status).toBe(413);
    expect(await post("{not json")).toMatchObject({ status: 400, body: { error: "The body is not valid JSON" } });
    const invalid = await post({ ...order(r.slug, id), buyerEmail: "nope" });
    expect(invalid.status).toBe(400);
    expect(Object.keys((invalid.body as { fieldErrors: object }).fieldErrors)).toContain("buyerEmail");
    expect((await post(order("zzzzzzzzzzzz", id))).status).toBe(404);
    const short = await post(order(r.slug, id, 2));
    expect(short).toMatchObject({ status: 409, body: { fieldErrors: { [`line.${id}`]: "Only 1 left" } } });
    expect(await locked(id)).toBe(0);
    expect(await prisma.order.count({ where: { registryId: r.id } })).toBe(0);
  });

  it("answers in the guest's language as pages pick it (cookie, registry, Accept-Language); shortLines stay the same for programs", async () => {
    const r = await registryWith(1);
    const id = r.items[0].id;
    const lines = [{ itemId: id, title: "Kettle", asked: 3, left: 1 }];
    // An English registry: its guests read English whatever their browser says, as on its page.
    const en = await post(order(r.slug, id, 3), { headers: { "accept-language": "es" } });
    expect(en.body).toMatchObject({ fieldErrors: { [`line.${id}`]: "Only 1 left" }, shortLines: lines });
    await prisma.registry.update({ where: { id: r.id }, data: { language: "es" } });
    const es = await post(order(r.slug, id, 3), { headers: { "accept-language": "es-ES,es;q=0.9" } });
    expect(es).toMatchObject({ status: 409, body: { fieldErrors: { [`line.${id}`]: "Solo queda 1" }, shortLines: lines } });
    expect(es.body.error).toBe("No se ha pedido nada. Solo queda 1 unidad de «Kettle» (pediste 3).");
    await prisma.registry.update({ where: { id: r.id }, data: { language: "de" } });
    const de = await post(order(r.slug, id, 3), { headers: { "accept-language": "es" } });
    expect(de.body).toMatchObject({ fieldErrors: { [`line.${id}`]: "Nur noch 1 übrig" }, shortLines: lines });
    const fr = await post(order(r.slug, id, 3), { headers: { "accept-language": "es" }, cookie: "locale=fr" });
    expect(fr.body).toMatchObject({ fieldErrors: { [`line.${id}`]: "Plus que 1 disponible" }, shortLines: lines });
    // No registry yet (bad JSON, unknown registry): the browser's language.
    expect(await post("{not json", { headers: { "accept-language": "fr" } })).toMatchObject({
      body: { error: "Le corps n’est pas du JSON valide" },
    });
    expect(await post(order("zzzzzzzzzzzz", id), { headers: { "accept-language": "de" } })).toMatchObject({
      status: 404,
      body: { error: "Diese Liste ist nicht mehr verfügbar" },
    });
  });

  it("a private registry needs the guest's signed access cookie", async () => {
    const r = await registryWith(2, "PRIVATE");
    const body = order(r.slug, r.items[0].id);
    expect((await post(body)).status).toBe(403);
    expect((await post(body, { cookie: `${accessCookie(r.id)}=forged` })).status).toBe(403);
    expect(
      (await post(body, { cookie: `${accessCookie(r.id)}=${accessToken({ id: r.id, accessCodeHash: "old-code-hash" })}` })).status,
    ).toBe(403); // a cookie for another code
    expect((await post(body, { cookie: `${accessCookie(r.id)}=${accessToken(r)}` })).status).toBe(201);
  });

  it("429 with Retry-After once an address is over its checkout budget; other addresses go on", async () => {
    const r = await registryWith(10);
    const before = process.env.CHECKOUT_RATE_LIMIT;
    process.env.CHECKOUT_RATE_LIMIT = "2";
    resetEnv();
    try {
      const ip = `budget-${process.pid}`;
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(order(r.slug, r.items[0].id), { ip })).status);
      expect(statuses).toEqual([201, 201, 429]);
      const over = await post(order(r.slug, r.items[0].id), { ip });
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await post(order(r.slug, r.items[0].id))).status).toBe(201);
      expect(await locked(r.items[0].id)).toBe(3);
    } finally {
      if (before === undefined) delete process.env.CHECKOUT_RATE_LIMIT;
      else process.env.CHECKOUT_RATE_LIMIT = before;
      resetEnv();
    }
  });

  it("20 buyers at once for 5 units: 5 orders, 15 clean 409s, 5 locked", async () => {
    const r = await registryWith(5);
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(order(r.slug, r.items[0].id))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(15);
    expect(await locked(r.items[0].id)).toBe(5);
  });
});
