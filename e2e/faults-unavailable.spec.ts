// Faults: the database out of reach. A private production server on its own database; the database
// is taken away under it (PostgreSQL: a TCP proxy cut — refused and dropped connections; SQLite: a
// writer holding the file's lock past the busy budget), then given back — the same process recovers.
import { expect, test } from "@playwright/test";
import { freePort, serverEnv, startServer, suiteProvider, withFreshDatabase, type OwnServer } from "./own-server";
import { startTcpProxy } from "../tests/helpers/tcp-proxy";
import { sqliteFile } from "../lib/database-url";
import { openSqlite } from "../lib/sqlite-adapter";
import type { PrismaClient } from "../lib/generated/prisma/client";

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

const MESSAGE = "We’re having trouble reaching our database — please try again in a moment.";
const REST = { PrivateKey: "demo-private-key", Token: "demo-token" };
const envelope = (method: string, inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${method} xmlns="http://tempuri.org/">${inner}</${method}></soap:Body></soap:Envelope>`;
const soapPost = (base: string, method: string, inner: string) =>
  fetch(`${base}/global/api/giftregistry.asmx`, {
    method: "POST",
    headers: { "content-type": "text/xml; charset=utf-8", soapaction: `"http://tempuri.org/${method}"` },
    body: envelope(method, inner),
  });
const authenticate = (base: string) => soapPost(base, "Authenticate", "<username>integration</username><password>demo-password</password>");
const checkout = (base: string, slug: string, itemId: number) =>
  fetch(`${base}/api/checkout`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      slug,
      buyerName: "Fault Tester",
      buyerEmail: "fault@example.com",
      giftMessage: "",
      shipToRegistrant: true,
      lines: [{ itemId, quantity: 1 }],
    }),
  });

async function demoRegistry(db: PrismaClient) {
  const r = await db.registry.findFirstOrThrow({
    where: { owner: { email: "alex@example.com" }, visibility: "PUBLIC", active: true },
    include: { items: true },
  });
  const item = r.items.find((i) => i.requested - i.purchased - i.locked >= 5)!;
  return { slug: r.slug, itemId: item.id, registryId: r.id, orders: await db.order.count({ where: { registryId: r.id } }) };
}

async function expectUnavailableJson(res: Response, body: unknown) {
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(await res.json()).toEqual(body);
}

/** The answers while the database is back: the very same process serves normally again. */
async function expectServingAgain(s: OwnServer, slug: string, itemId: number) {
  // Within a few seconds: pg opens new connections in place of the dropped ones, nothing is cached.
  await expect.poll(async () => (await fetch(`${s.baseURL}/r/${slug}`)).status, { timeout: 10_000, intervals: [200] }).toBe(200);
  expect((await fetch(`${s.baseURL}/api/v2/GiftRegistries?limit=1`, { headers: REST })).status).toBe(200);
  expect(await (await authenticate(s.baseURL)).text()).toContain("<Success>true</Success>");
  expect((await checkout(s.baseURL, slug, itemId)).status).toBe(201);
  expect(s.proc.exitCode).toBeNull();
}

if (suiteProvider === "postgresql") {
  test("PostgreSQL out of reach: pages, REST, SOAP and checkout answer 503 with Retry-After, and the same server recovers", async () => {
    await withFreshDatabase(async (url, db) => {
      const u = new URL(url);
      const proxy = await startTcpProxy(Number(u.port || 5432), u.hostname);
      u.port = String(proxy.port);
      const s = await startServer(serverEnv(u.toString(), await freePort()));
      try {
        const { slug, itemId, registryId, orders } = await demoRegistry(db);
        expect((await fetch(`${s.baseURL}/r/${slug}`)).status).toBe(200); // connections are open in the pool now

        await proxy.cut();
        const page = await fetch(`${s.baseURL}/r/${slug}`);
        expect(page.status).toBe(503);
        expect(page.headers.get("retry-after")).toMatch(/^\d+$/);
        const html = await page.text();
        expect(html).toContain(MESSAGE);
        expect(html).not.toMatch(/at .*\.js:\d+|PrismaClient|ECONNREFUSED/); // no stack, no internals
        expect((await fetch(`${s.baseURL}/search?name=sam`)).status).toBe(503);
        await expectUnavailableJson(await fetch(`${s.baseURL}/api/v2/GiftRegistries?limit=1`, { headers: REST }), [
          { Key: "Unavailable", Message: MESSAGE },
        ]);
        const soap = await authenticate(s.baseURL);
        expect(soap.status).toBe(503);
        expect(soap.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(await soap.text()).toMatch(/<soap:Fault><faultcode>soap:Server<\/faultcode><faultstring>Service temporarily unavailable/);
        expect((await fetch(`${s.baseURL}/global/api/giftregistry.asmx/GetRegistry?authenticationToken=x&registryID=1`)).status).toBe(503);
        await expectUnavailableJson(await checkout(s.baseURL, slug, itemId), { error: MESSAGE });
        expect(await db.order.count({ where: { registryId } })).toBe(orders); // nothing ordered while it was down

        await proxy.reopen();
        await expectServingAgain(s, slug, itemId);
        expect(await db.order.count({ where: { registryId } })).toBe(orders + 1);
      } finally {
        s.proc.kill("SIGTERM");
        await s.exited;
        await proxy.close();
      }
    });
  });
} else {
  test("SQLite locked past the busy budget: checkout answers 503 with Retry-After, readers go on, and the same server recovers", async () => {
    await withFreshDatabase(async (url, db) => {
      const s = await startServer(serverEnv(url, await freePort()));
      const locker = openSqlite(sqliteFile(url));
      try {
        const { slug, itemId, registryId, orders } = await demoRegistry(db);
        // Another process holds the write lock (a stuck writer, a long backup): writes wait out the
        // busy timeout and their retries, then give up — as a 503 with nothing ordered, not a 500.
        const token = /<Data>([^<]+)<\/Data>/.exec(await (await authenticate(s.baseURL)).text())![1];
        locker.exec("BEGIN IMMEDIATE");
        const started = Date.now();
        const [order, sale] = await Promise.all([
          checkout(s.baseURL, slug, itemId),
          soapPost(
            s.baseURL,
            "RecordSales",
            `<authenticationToken>${token}</authenticationToken><registryID>${registryId}</registryID><sales><RegistrySale><ID>${itemId}</ID><Quantity>1</Quantity><UnitNet>1.00</UnitNet><Reference>fault-1</Reference></RegistrySale></sales>`,
          ),
        ]);
        test.info().annotations.push({ type: "busy budget", description: `writes gave up after ${Date.now() - started} ms` });
        await expectUnavailableJson(order, { error: MESSAGE });
        expect(sale.status).toBe(503);
        expect(await sale.text()).toContain("<faultcode>soap:Server</faultcode>");
        // WAL: readers never wait for the writer, so guest pages still answer. (Not REST here: its
        // bookkeeping write of lastUsedAt would wait out the busy budget again before answering.)
        expect((await fetch(`${s.baseURL}/r/${slug}`)).status).toBe(200);
        locker.exec("ROLLBACK");
        expect(await db.order.count({ where: { registryId } })).toBe(orders);

        await expectServingAgain(s, slug, itemId);
        expect(await db.order.count({ where: { registryId } })).toBe(orders + 1);
      } finally {
        locker.close();
        s.proc.kill("SIGTERM");
        await s.exited;
      }
    });
  });
}
