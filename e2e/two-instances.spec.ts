// Two app instances on ONE PostgreSQL database, as behind a load balancer: two production servers
// (scripts/serve.ts) on free ports, sharing a fresh database and AUTH_SECRET, started once for the
// whole file (beforeAll) and stopped by pid (afterAll). Each test sends its requests to both.
import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { freePort, serverEnv, startServer, suiteProvider, withFreshDatabase, type OwnServer } from "./own-server";
import type { PrismaClient } from "../lib/generated/prisma/client";

test.describe.configure({ mode: "serial" });
test.skip(suiteProvider !== "postgresql", "SQLite is the embedded single-instance database: two app instances need PostgreSQL");

const SEARCH_LIMIT = 6;
const SIGNIN_LIMIT = 3;
// Small budgets where a test counts them, a large one where it must not get in the way.
const budgets = {
  SEARCH_RATE_LIMIT_PER_MINUTE: String(SEARCH_LIMIT),
  SIGNIN_RATE_LIMIT: String(SIGNIN_LIMIT),
  CHECKOUT_RATE_LIMIT: "1000",
};

let servers: OwnServer[] = [];
let db: PrismaClient;
let release = () => {};
let finished: Promise<void> = Promise.resolve();
/** The instance for the i-th request: alternating, as a round-robin balancer would. */
const base = (i: number) => servers[i % servers.length].baseURL;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const secret = randomBytes(33).toString("base64"); // one secret, as every instance of a deployment has
  await new Promise<void>((ready, fail) => {
    finished = withFreshDatabase(async (url, fresh) => {
      const started = await Promise.allSettled(
        [0, 1].map(async () => startServer({ ...serverEnv(url, await freePort()), ...budgets, AUTH_SECRET: secret })),
      );
      servers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      try {
        const failed = started.find((s) => s.status === "rejected");
        if (failed) throw failed.reason;
        db = fresh;
        ready();
        await new Promise<void>((r) => (release = r)); // until afterAll
      } finally {
        for (const s of servers) if (s.proc.pid) process.kill(s.proc.pid, "SIGTERM");
        await Promise.all(servers.map((s) => s.exited));
      }
    }).catch((e) => {
      fail(e);
      throw e;
    });
  });
});

test.afterAll(async () => {
  release();
  await finished;
});

test("a rate-limit budget is shared: guest searches alternating between the instances get 429 after the budget in total", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < SEARCH_LIMIT + 2; i++) statuses.push((await fetch(`${base(i)}/search?name=nobody${i}`)).status);
  // Per process, each instance would have allowed SEARCH_LIMIT: twice the budget.
  expect(statuses).toEqual([...Array(SEARCH_LIMIT).fill(200), 429, 429]);
  const refused = await fetch(`${base(0)}/search?name=again`);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
});

test("sign-in failures count across the instances: over the budget even the right password waits, on either", async () => {
  const email = "two-instances@example.com";
  await db.user.create({ data: { email, passwordHash: await hash("right-password-1"), firstName: "Two", lastName: "Instances" } });
  const contexts = await Promise.all(servers.map((s) => playwrightRequest.newContext({ baseURL: s.baseURL })));
  try {
    const attempt = async (i: number, password: string) => {
      const api = contexts[i % contexts.length];
      const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
      const res = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
      return res.headers()["location"] ?? "";
    };
    for (let i = 0; i < SIGNIN_LIMIT; i++) expect(await attempt(i, `wrong-${i}`)).toContain("error=CredentialsSignin");
    expect(await attempt(0, "right-password-1")).toContain("code=rate_limited");
    expect(await attempt(1, "right-password-1")).toContain("code=rate_limited");
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
});

test("checkouts through both instances never oversell: 30 buyers at once for 5 units, exactly 5 ordered", async () => {
  const alex = await db.user.findUniqueOrThrow({ where: { email: "alex@example.com" } });
  const registry = await db.registry.create({
    data: {
      slug: `twoinstances${Date.now().toString(36)}`,
      title: "Two instances",
      ownerId: alex.id,
      firstName: "Alex",
      lastName: "Rivera",
      email: alex.email,
      searchName: "alex rivera",
      searchEmail: "alex@example.com\n",
      items: { create: [{ title: "The last five", priceCents: 2500, requested: 5, position: 0 }] },
    },
    include: { items: true },
  });
  const item = registry.items[0];
  const body = JSON.stringify({
    slug: registry.slug,
    buyerName: "Rush Buyer",
    buyerEmail: "rush@example.com",
    giftMessage: "",
    shipToRegistrant: true,
    lines: [{ itemId: item.id, quantity: 1 }],
  });
  const answers = await Promise.all(
    Array.from({ length: 30 }, async (_, i) => {
      const res = await fetch(`${base(i)}/api/checkout`, { method: "POST", headers: { "content-type": "application/json" }, body });
      return { status: res.status, instance: i % 2 };
    }),
  );
  expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
  expect(answers.filter((a) => a.status === 409)).toHaveLength(25);
  expect(new Set(answers.map((a) => a.instance))).toEqual(new Set([0, 1]));
  // The database agrees: 5 orders of one unit, 5 units locked, none left to buy.
  const after = await db.registryItem.findUniqueOrThrow({ where: { id: item.id } });
  expect(after.locked + after.purchased).toBe(5);
  expect(await db.order.count({ where: { registryId: registry.id } })).toBe(5);
  const lines = await db.orderLine.aggregate({ where: { itemId: item.id }, _sum: { quantity: true } });
  expect(lines._sum.quantity).toBe(5);
});

test("a session ended through one instance is refused by the other: sign-out on A, the copied cookie on B", async () => {
  const email = "two-instances-session@example.com";
  await db.user.create({ data: { email, passwordHash: await hash("right-password-2"), firstName: "Session", lastName: "Copy" } });
  const [a, b] = await Promise.all(servers.map((s) => playwrightRequest.newContext({ baseURL: s.baseURL })));
  try {
    const { csrfToken } = await (await a.get("/api/auth/csrf")).json();
    await a.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "right-password-2" }, maxRedirects: 0 });
    const session = (await a.storageState()).cookies.find((c) => c.name.endsWith("authjs.session-token"));
    expect(session, "signed in on instance A").toBeTruthy();
    const copied = { cookie: `${session!.name}=${session!.value}` };
    const dashboardOnB = () => b.get("/dashboard", { headers: copied, maxRedirects: 0 });
    expect((await dashboardOnB()).status()).toBe(200);

    // Sign out through A (next-auth's own route): B must refuse the same cookie at once.
    const out = await a.get("/api/auth/csrf");
    await a.post("/api/auth/signout", { form: { csrfToken: (await out.json()).csrfToken }, maxRedirects: 0 });
    const after = await dashboardOnB();
    expect(after.status()).toBe(307);
    expect(after.headers()["location"]).toContain("/sign-in");
  } finally {
    await Promise.all([a.dispose(), b.dispose()]);
  }
});
