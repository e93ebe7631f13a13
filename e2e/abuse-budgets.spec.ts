// Budgets on what mails or stores on behalf of an anonymous caller: password-reset requests (per
// address and per inbox) and guest reports (per address). Over budget: a clear message, nothing sent.
// Each test uses made-up client addresses (the suite's server trusts one proxy hop: X-Forwarded-For).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, gotoReady, makeRegistry, unique } from "./fixtures";
import { serverActionId } from "./admin-helpers";

const limit = (env: string, fallback: number) => Number(process.env[env]) || fallback;
const newIp = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

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
const askReset = (request: APIRequestContext, ip: string, email: string) =>
  callAction(request, ip, "/forgot-password", "lib/actions/account.ts", "requestPasswordResetAction", [{ email }]);

test("password reset: at most 3 mails per inbox an hour, whatever address asks", async ({ request }) => {
  const email = `${unique("reset-flood")}@example.com`;
  await db.user.create({ data: { email, firstName: "Flo", lastName: "Od", passwordHash: await hash("old-password-123") } });
  const n = limit("PASSWORD_RESET_EMAIL_RATE_LIMIT", 3);
  for (let i = 0; i < n; i++) expect(await askReset(request, newIp(), email)).not.toContain("Too many");
  expect(await askReset(request, newIp(), email)).toMatch(/Too many attempts, try again in [\d,]+ seconds?/);
  expect(await db.emailMessage.count({ where: { to: email, kind: "password-reset" } })).toBe(n);
  expect(await db.emailToken.count({ where: { user: { email } } })).toBe(n);
});

test("password reset: over the per-address budget the form says so and nothing is sent", async ({ browser, request }) => {
  const ip = newIp();
  for (let i = 0; i < limit("PASSWORD_RESET_RATE_LIMIT", 10); i++)
    expect(await askReset(request, ip, `${unique("nobody")}@example.com`)).not.toContain("Too many");
  const email = `${unique("reset-ip")}@example.com`;
  await db.user.create({ data: { email, firstName: "Ip", lastName: "Limit", passwordHash: await hash("old-password-123") } });
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
  const page = await context.newPage();
  await gotoReady(page, "/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText(/Too many attempts, try again in [\d,]+ seconds?/)).toBeVisible();
  await expect(page.getByText("If an account uses that email, a reset link is on its way")).toBeHidden();
  expect(await db.emailMessage.count({ where: { to: email } })).toBe(0);
  await context.close();
});

test("guest reports: over the per-address budget the form says so and nothing is stored", async ({ browser, request }) => {
  const r = await makeRegistry();
  const ip = newIp();
  const report = { slug: r.slug, reason: "spam", details: "flood", reporterEmail: "" };
  for (let i = 0; i < limit("REPORT_RATE_LIMIT", 10); i++)
    expect(await callAction(request, ip, `/r/${r.slug}/report`, "lib/actions/guest.ts", "reportRegistryAction", [report])).not.toContain(
      "Too many",
    );
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
  const page = await context.newPage();
  await gotoReady(page, `/r/${r.slug}/report`);
  await page.getByLabel("Reason").selectOption("spam");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText(/Too many attempts, try again in [\d,]+ seconds?/)).toBeVisible();
  expect(await db.guestReport.count({ where: { registryId: r.id } })).toBe(limit("REPORT_RATE_LIMIT", 10));
  await context.close();
});
