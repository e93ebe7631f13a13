// Per-address budgets and X-Forwarded-For: believed only as far as TRUST_PROXY vouches for it.
// Private servers (scripts/serve.ts) on fresh databases with tiny budgets: by default a client
// cannot get a fresh budget by sending another X-Forwarded-For (or the internal x-client-address);
// with TRUST_PROXY=1 the address the proxy forwards counts. Covers the three doors: proxy.ts
// (search), a route handler (POST /api/checkout) and server actions (sign-up).
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { databaseUrl } from "../lib/database-url";
import { serverActionId } from "./admin-helpers";
import { freePort, serverEnv, startServer, withFreshDatabase, type OwnServer } from "./own-server";

test.describe.configure({ mode: "serial" });

const BUDGETS = { SEARCH_RATE_LIMIT_PER_MINUTE: "3", CHECKOUT_RATE_LIMIT: "3", SIGNUP_RATE_LIMIT: "3" };

// A database of its own: on PostgreSQL the budgets' counters live in the database, and the suite's
// other specs also count under this machine's address there.
const withServer = (trustProxy: string | undefined, body: (api: APIRequestContext, s: OwnServer) => Promise<void>) =>
  withFreshDatabase((url) => serve(url, trustProxy, body));

async function serve(url: string, trustProxy: string | undefined, body: (api: APIRequestContext, s: OwnServer) => Promise<void>) {
  const env: NodeJS.ProcessEnv = { ...serverEnv(url, await freePort()), ...BUDGETS, OUTBOX_WORKER: "0" };
  delete env.TRUST_PROXY;
  if (trustProxy) env.TRUST_PROXY = trustProxy;
  const s = await startServer(env);
  const api = await request.newContext({ baseURL: s.baseURL });
  try {
    await body(api, s);
  } finally {
    await api.dispose();
    s.proc.kill("SIGTERM");
    await s.exited;
  }
}

const from = (xff: string) => ({ "X-Forwarded-For": xff, "X-Client-Address": `spoof-${xff}`, "X-Real-IP": xff });
const search = (api: APIRequestContext, xff: string) =>
  api.get(`/search?name=nobody${Math.random()}`, { headers: from(xff) }).then((r) => r.status());
const checkout = (api: APIRequestContext, xff: string) =>
  api.post("/api/checkout", { headers: from(xff), data: {} }).then((r) => r.status());
const signUp = (api: APIRequestContext, xff: string) =>
  api
    .post("/sign-up", {
      headers: {
        ...from(xff),
        "Next-Action": serverActionId("lib/actions/auth.ts", "signUpAction"),
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify([{ firstName: "", lastName: "", email: "nope", password: "x", confirmPassword: "y" }]),
    })
    .then((r) => r.text())
    .then((t) => (/Too many attempts/.test(t) ? 429 : 200));

const DOORS = { search, checkout, signUp };

test("default (no TRUST_PROXY): a spoofed X-Forwarded-For does not buy a fresh budget", async () => {
  test.setTimeout(120_000);
  await withServer(undefined, async (api) => {
    for (const [name, call] of Object.entries(DOORS)) {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push(await call(api, `198.51.100.${i + 1}`));
      expect(
        statuses.slice(0, 3).every((s) => s !== 429),
        name,
      ).toBe(true);
      expect(statuses[3], `${name}: every request shares the socket's budget`).toBe(429);
    }
  });
});

test("TRUST_PROXY=1: the address the proxy forwards counts, each with its own budget", async () => {
  test.setTimeout(120_000);
  await withServer("1", async (api) => {
    for (const [name, call] of Object.entries(DOORS)) {
      for (let i = 0; i < 3; i++) expect(await call(api, "203.0.113.50"), name).not.toBe(429);
      expect(await call(api, "203.0.113.50"), `${name}: that address is over its budget`).toBe(429);
      expect(await call(api, "6.6.6.6, 203.0.113.51"), `${name}: another forwarded address is not`).not.toBe(429);
      expect(await call(api, "203.0.113.51, 203.0.113.50"), `${name}: only the hop the proxy wrote counts`).toBe(429);
    }
  });
});

test("a malformed TRUST_PROXY stops the server at start with a clear message", async () => {
  const env: NodeJS.ProcessEnv = { ...serverEnv(databaseUrl(), await freePort()), TRUST_PROXY: "true" };
  await expect(startServer(env)).rejects.toThrow(/Cannot start: TRUST_PROXY: "true"/);
});
