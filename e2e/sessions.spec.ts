// A session cookie copied before the session ended (sign-out, password change, "sign out
// everywhere", suspension) opens nothing afterwards: not the dashboard, not a server action, not the
// signed-in menu on the guest registry page. Each story has its own account (ending sessions ends
// every session of the account).
import { expect, test, type Browser, type BrowserContext, type Cookie } from "@playwright/test";
import { db, gotoReady, makeRegistry, makeUser, signIn } from "./fixtures";
import { serverActionId, signInAdmin } from "./admin-helpers";

/** A browser context holding someone else's cookies, as a thief who copied them would. */
async function withCopied(browser: Browser, cookies: Cookie[]): Promise<BrowserContext> {
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  return thief;
}

/** The account page's notification action, called with this context's cookies; returns the response text. */
async function saveNotifications(context: BrowserContext, weeklyDigest: boolean) {
  const res = await context.request.post("/dashboard/account", {
    headers: {
      "Next-Action": serverActionId("lib/actions/account.ts", "updateNotificationsAction"),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify([{ notifyPurchases: true, weeklyDigest, thankYouReminder: true, adminDailyReports: false }]),
  });
  return res.text();
}

const digestOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).weeklyDigest;

/** The copied cookie is signed out everywhere: /dashboard, an action, the guest page's menu. */
async function expectSignedOut(thief: BrowserContext, email: string) {
  const page = await thief.newPage();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  const before = await digestOf(email);
  expect(await saveNotifications(thief, !before)).toContain("Please sign in again");
  expect(await digestOf(email)).toBe(before);
  const r = await makeRegistry();
  await page.goto(`/r/${r.slug}`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

test("sign-out: a cookie copied before it opens nothing afterwards", async ({ page, context, browser }) => {
  const user = await makeUser("signout");
  await signIn(page, user.email, user.password);
  const copied = await context.cookies();
  const thief = await withCopied(browser, copied);
  // Control: before sign-out the copy works, action included.
  expect(await saveNotifications(thief, true)).not.toContain("Please sign in again");
  expect(await digestOf(user.email)).toBe(true);

  await gotoReady(page, "/sign-out");
  await expect(page.getByText("This signs you out in every browser and on every device")).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectSignedOut(thief, user.email);
  await thief.close();
});

test("password change: every session ends, copies included; the new password signs in", async ({ page, context, browser }) => {
  const user = await makeUser("pwchange");
  await signIn(page, user.email, user.password);
  const thief = await withCopied(browser, await context.cookies());
  await gotoReady(page, "/dashboard/account");
  const pw = page.getByRole("form", { name: "Change password" });
  await pw.getByLabel("Current password").fill(user.password);
  await pw.getByLabel("New password", { exact: true }).fill("another-good-pass-2");
  await pw.getByLabel("Confirm new password").fill("another-good-pass-2");
  await pw.getByRole("button", { name: "Change password" }).click();
  await expect(pw.getByText("You are signed out in every browser and on every device")).toBeVisible();
  await expectSignedOut(thief, user.email);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, user.email, "another-good-pass-2");
  await thief.close();
});

test("sign out everywhere: every browser of the account is signed out", async ({ page, context, browser }) => {
  const user = await makeUser("everywhere");
  await signIn(page, user.email, user.password);
  const copied = await context.cookies();
  const laptop = await browser.newContext();
  await signIn(await laptop.newPage(), user.email, user.password);

  await gotoReady(page, "/dashboard/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectSignedOut(laptop, user.email);
  const thief = await withCopied(browser, copied);
  await expectSignedOut(thief, user.email);
  await Promise.all([laptop.close(), thief.close()]);
});

test("suspension ends sessions for good: lifting it does not bring an old session back", async ({ page, browser }) => {
  const user = await makeUser("suspend-ends");
  const victim = await browser.newContext();
  await signIn(await victim.newPage(), user.email, user.password);
  const { id } = await db.user.findUniqueOrThrow({ where: { email: user.email } });

  await signInAdmin(page);
  await gotoReady(page, `/admin/users/${id}`);
  await page.getByRole("button", { name: "Suspend user" }).click();
  await expect(page.getByRole("status")).toContainText("User suspended");
  await page.getByRole("button", { name: "Unsuspend user" }).click();
  await expect(page.getByRole("status")).toContainText("User unsuspended.");
  expect((await db.user.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");
  await expectSignedOut(victim, user.email);
  await victim.close();
});
