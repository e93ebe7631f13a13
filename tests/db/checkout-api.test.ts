// POST /api/checkout's contract (lib/checkout-api.ts), which the App Router route and the production
// server's own handler (scripts/fast-paths.ts) both serve: every answer, and the route's
// answers equal to the function's.
import { afterAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "../../lib/db";
import { newSlug } from "../../lib/data/registries";
import { accessCookie, accessToken } from "../../lib/guest-access";
import { BodyTooLarge, checkoutOverHttp, type CheckoutHttpRequest } from "../../lib/checkout-api";
import { POST } from "../../app/api/checkout/route";

afterAll(() => prisma.$disconnect());

async function registryWith(requested: number, visibility: "PUBLIC" | "PRIVATE" = "PUBLIC") {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  return prisma.registry.create({
    data: { slug: newSlug(), title: "API checkout test", ownerId: owner.id, firstName: "A", lastName: "T", email: owner.email, visibility, accessCodeHash: visibility === "PRIVATE" ? `code-hash-${newSlug()}` : null, items: { create: [{ title: "Kettle", priceCents: 3000, requested, position: 0 }] } },
    include: { items: true },
  });
}

const order = (slug: string, itemId: number, quantity = 1) => ({ slug, buyerName: "Api Guest", buyerEmail: "api.guest@example.com", giftMessage: "", shipToRegistrant: true, lines: [{ itemId, quantity }] });
let ipSeq = 0;
const request = (body: unknown, over: Partial<CheckoutHttpRequest> = {}): CheckoutHttpRequest => ({
  contentType: "application/json",
  contentLength: null,
  origin: null,
  host: "shop.example",
  ip: `test-${process.pid}-${++ipSeq}`,
  cookie: () => undefined,
  baseUrl: "https://shop.example",
  body: async () => (typeof body === "string" ? body : JSON.stringify(body)),
  ...over,
});
const locked = async (id: number) => (await prisma.registryItem.findUniqueOrThrow({ where: { id } })).locked;

describe("POST /api/checkout", () => {
  it("201 with the order id and a receipt; the units are locked", async () => {
    const r = await registryWith(3);
    const a = await checkoutOverHttp(request(order(r.slug, r.items[0].id, 2)));
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ orderId: expect.any(Number), receipt: expect.any(String) });
    expect(a.headers["cache-control"]).toBe("no-store");
    expect(await locked(r.items[0].id)).toBe(2);
  });

  it("refuses bad requests with a clear answer and changes nothing", async () => {
    const r = await registryWith(1);
    const id = r.items[0].id;
    expect((await checkoutOverHttp(request(order(r.slug, id), { contentType: "application/x-www-form-urlencoded" }))).status).toBe(415);
    expect((await checkoutOverHttp(request(order(r.slug, id), { origin: "https://evil.example" }))).status).toBe(403);
    expect((await checkoutOverHttp(request(order(r.slug, id), { contentLength: String(65 * 1024) }))).status).toBe(413);
    expect((await checkoutOverHttp(request(order(r.slug, id), { body: () => Promise.reject(new BodyTooLarge()) }))).status).toBe(413);
    expect(await checkoutOverHttp(request("{not json"))).toMatchObject({ status: 400, body: { error: "The body is not valid JSON" } });
    const invalid = await checkoutOverHttp(request({ ...order(r.slug, id), buyerEmail: "nope" }));
    expect(invalid.status).toBe(400);
    expect(Object.keys((invalid.body as { fieldErrors: object }).fieldErrors)).toContain("buyerEmail");
    expect((await checkoutOverHttp(request(order("zzzzzzzzzzzz", id)))).status).toBe(404);
    const short = await checkoutOverHttp(request(order(r.slug, id, 2)));
    expect(short).toMatchObject({ status: 409, body: { fieldErrors: { [`line.${id}`]: "Only 1 left" } } });
    expect(await locked(id)).toBe(0);
    expect(await prisma.order.count({ where: { registryId: r.id } })).toBe(0);
  });

  it("a private registry needs the guest's signed access cookie", async () => {
    const r = await registryWith(2, "PRIVATE");
    const body = order(r.slug, r.items[0].id);
    expect((await checkoutOverHttp(request(body))).status).toBe(403);
    expect((await checkoutOverHttp(request(body, { cookie: (n) => (n === accessCookie(r.id) ? "forged" : undefined) }))).status).toBe(403);
    expect((await checkoutOverHttp(request(body, { cookie: (n) => (n === accessCookie(r.id) ? accessToken({ id: r.id, accessCodeHash: "old-code-hash" }) : undefined) }))).status).toBe(403); // a cookie for another code
    expect((await checkoutOverHttp(request(body, { cookie: (n) => (n === accessCookie(r.id) ? accessToken(r) : undefined) }))).status).toBe(201);
  });

  it("429 with Retry-After once an address is over its checkout budget; other addresses go on", async () => {
    const r = await registryWith(10);
    const before = process.env.CHECKOUT_RATE_LIMIT;
    process.env.CHECKOUT_RATE_LIMIT = "2";
    try {
      const ip = `budget-${process.pid}`;
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await checkoutOverHttp(request(order(r.slug, r.items[0].id), { ip }))).status);
      expect(statuses).toEqual([201, 201, 429]);
      const over = await checkoutOverHttp(request(order(r.slug, r.items[0].id), { ip }));
      expect(Number(over.headers["retry-after"])).toBeGreaterThan(0);
      expect((await checkoutOverHttp(request(order(r.slug, r.items[0].id)))).status).toBe(201);
      expect(await locked(r.items[0].id)).toBe(3);
    } finally {
      if (before === undefined) delete process.env.CHECKOUT_RATE_LIMIT;
      else process.env.CHECKOUT_RATE_LIMIT = before;
    }
  });

  it("20 buyers at once for 5 units: 5 orders, 15 clean 409s, 5 locked", async () => {
    const r = await registryWith(5);
    const answers = await Promise.all(Array.from({ length: 20 }, () => checkoutOverHttp(request(order(r.slug, r.items[0].id)))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(15);
    expect(await locked(r.items[0].id)).toBe(5);
  });

  it("the App Router route answers as the function does", async () => {
    const r = await registryWith(1);
    const post = (body: string, headers: Record<string, string>) => POST(new NextRequest("http://shop.example/api/checkout", { method: "POST", body, headers: { host: "shop.example", "x-client-address": `route-${process.pid}`, ...headers } }));
    const json = { "content-type": "application/json" };
    const notJson = await post("{}", { "content-type": "text/plain" });
    expect([notJson.status, await notJson.json()]).toEqual([415, { error: "Send the order as application/json" }]);
    expect((await post("{}", { ...json, origin: "https://evil.example" })).status).toBe(403);
    expect((await post("x".repeat(65 * 1024), json)).status).toBe(413);
    const placed = await post(JSON.stringify(order(r.slug, r.items[0].id)), json);
    expect(placed.status).toBe(201);
    expect(placed.headers.get("cache-control")).toBe("no-store");
    const gone = await post(JSON.stringify(order(r.slug, r.items[0].id)), json);
    expect(gone.status).toBe(409);
    expect(await gone.json()).toEqual((await checkoutOverHttp(request(order(r.slug, r.items[0].id)))).body);
  });
});
