// Abuse limits, each from its own made-up client address (X-Forwarded-For, which the suite's server
// believes: it runs with TRUST_PROXY=1, see playwright.config.ts) so the budgets that the rest of the
// suite shares (127.0.0.1) are never touched. Defaults are assumed (see README).
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, gotoReady, unique } from "./fixtures";
import { alexRegistry, serverActionId } from "./admin-helpers";
import { ENDPOINT } from "./soap-helpers";

const limit = (env: string, fallback: number) => Number(process.env[env]) || fallback;
// A key per test, unique across parallel workers (the limiter only compares strings).
const newIp = () => unique("198.51.100.7");
const demoCheckout = async () => `/r/${(await alexRegistry()).slug}/checkout`;

async function callAction(request: APIRequestContext, ip: string, page: string, file: string, name: string, args: unknown[]) {
  const res = await request.post(page, {
    headers: {
      "Next-Action": serverActionId(file, name),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "X-Forwarded-For": ip,
    },
    data: JSON.stringify(args),
  });
  return res.text();
}

async function tryPassword(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("sign-in: after 10 wrong passwords the right one waits too, from that address only; never a lock", async ({ browser }) => {
  test.setTimeout(90_000);
  const email = `${unique("brute")}@example.com`;
  await db.user.create({ data: { email, passwordHash: await hash("right-password-1"), firstName: "Bru", lastName: "Te" } });
  const attacker = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const page = await attacker.newPage();
  await gotoReady(page, "/sign-in");
  for (let i = 0; i < limit("SIGNIN_RATE_LIMIT", 10); i++) {
    await tryPassword(page, email, `wrong-password-${i}`);
    await expect(page.getByText("Email or password is incorrect").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await tryPassword(page, email, "right-password-1");
  await expect(page.getByText(/Too many attempts, try again in [\d,]+ seconds?/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await attacker.close();

  // The owner, from their own address, is not locked out.
  const owner = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const ownerPage = await owner.newPage();
  await gotoReady(ownerPage, "/sign-in");
  await tryPassword(ownerPage, email, "right-password-1");
  await expect(ownerPage).toHaveURL(/\/dashboard/);
  await owner.close();
});

test("sign-up: over the per-address budget the action answers with the wait, and creates nothing", async ({ request }) => {
  test.setTimeout(90_000);
  const ip = newIp();
  const email = `${unique("signup-limit")}@example.com`;
  const bad = [{ firstName: "", lastName: "", email: "nope", password: "x", confirmPassword: "y" }];
  for (let i = 0; i < limit("SIGNUP_RATE_LIMIT", 60); i++)
    expect(await callAction(request, ip, "/sign-up", "lib/actions/auth.ts", "signUpAction", bad)).toContain("Please correct");
  const good = [{ firstName: "Lim", lastName: "It", email, password: "good-password-1", confirmPassword: "good-password-1" }];
  expect(await callAction(request, ip, "/sign-up", "lib/actions/auth.ts", "signUpAction", good)).toMatch(
    /Too many attempts, try again in [\d,]+ seconds?/,
  );
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("checkout: over the per-address budget placeOrder answers with the wait", async ({ request }) => {
  test.setTimeout(90_000);
  const ip = newIp();
  const path = await demoCheckout();
  const bad = [{ slug: "!", lines: [] }];
  const call = (from: string) => callAction(request, from, path, "lib/actions/guest.ts", "placeOrderAction", bad);
  for (let i = 0; i < limit("CHECKOUT_RATE_LIMIT", 100); i++) expect(await call(ip)).toContain("Please correct");
  expect(await call(ip)).toMatch(/Too many attempts, try again in [\d,]+ seconds?/);
  expect(await call(newIp())).toContain("Please correct"); // another address is unaffected
});

test("guest search: over the per-address budget 429 with Retry-After; other addresses unaffected", async ({ request }) => {
  test.setTimeout(90_000);
  const ip = newIp();
  const n = limit("SEARCH_RATE_LIMIT_PER_MINUTE", 120);
  for (let sent = 0; sent < n; sent += 4) {
    const batch = Array.from({ length: Math.min(4, n - sent) }, (_, i) =>
      request.get(`/search?name=zz${sent + i}`, { headers: { "X-Forwarded-For": ip } }),
    );
    for (const res of await Promise.all(batch)) expect(res.status()).toBe(200);
  }
  const limited = await request.get("/search?name=zz", { headers: { "X-Forwarded-For": ip } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(await limited.text()).toMatch(/try again in \d+ seconds/);
  expect((await request.get("/search", { headers: { "X-Forwarded-For": ip } })).status()).toBe(200); // the empty form is not a search
  expect((await request.get("/search?name=zz", { headers: { "X-Forwarded-For": newIp() } })).status()).toBe(200);
});

test("SOAP: over the per-address budget 429 with Retry-After and a SOAP Fault", async ({ request }) => {
  test.setTimeout(120_000);
  const ip = newIp();
  const n = limit("SOAP_RATE_LIMIT_PER_MINUTE", 600);
  const call = () =>
    request.post(`${ENDPOINT}/Search`, { headers: { "X-Forwarded-For": ip }, form: { authenticationToken: "none", name: "x" } });
  for (let sent = 0; sent < n; sent += 5) {
    const batch = Array.from({ length: Math.min(5, n - sent) }, call);
    for (const res of await Promise.all(batch)) expect(res.status()).toBe(200);
  }
  const limited = await rawLimited(request, ip);
  expect(limited.status).toBe(429);
  expect(limited.retryAfter).toBeGreaterThanOrEqual(1);
  expect(limited.body).toContain("<soap:Fault>");
  expect(
    (
      await request.post(`${ENDPOINT}/Search`, {
        headers: { "X-Forwarded-For": newIp() },
        form: { authenticationToken: "none", name: "x" },
      })
    ).status(),
  ).toBe(200);
});

async function rawLimited(request: APIRequestContext, ip: string) {
  const res = await request.post(ENDPOINT, { headers: { "content-type": "text/xml", "X-Forwarded-For": ip }, data: "<x/>" });
  return { status: res.status(), retryAfter: Number(res.headers()["retry-after"]), body: await res.text() };
}

test("sign-in: next-auth's own callback route is slowed the same way (no bypass around the form)", async ({ playwright, baseURL }) => {
  test.setTimeout(90_000);
  const email = `${unique("brute-route")}@example.com`;
  await db.user.create({ data: { email, passwordHash: await hash("right-password-1"), firstName: "Bru", lastName: "Te" } });
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const attempt = async (password: string) => {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const res = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
    return res.headers()["location"] ?? "";
  };
  for (let i = 0; i < limit("SIGNIN_RATE_LIMIT", 10); i++) expect(await attempt(`wrong-${i}`)).toContain("error=CredentialsSignin");
  expect(await attempt("right-password-1")).toContain("code=rate_limited");
  const session = await (await api.get("/api/auth/session")).json();
  expect(session?.user).toBeUndefined();
  await api.dispose();
});
