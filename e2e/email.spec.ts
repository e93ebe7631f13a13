import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, gotoReady, signIn, unique } from "./fixtures";

test("forgot password → reset link from the mail → sign in with the new password; the link works once", async ({ page }) => {
  const email = `${unique("forgot")}@example.com`;
  await db.user.create({ data: { email, firstName: "Fern", lastName: "Got", passwordHash: await hash("old-password-123") } });
  await gotoReady(page, "/sign-in");
  await expect(page.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute("href", "/forgot-password");
  await gotoReady(page, "/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("If an account uses that email, a reset link is on its way")).toBeVisible();

  // The worker in the server sends it (to the file outbox here); read what was sent.
  await expect
    .poll(async () => (await db.emailMessage.findFirst({ where: { to: email, kind: "password-reset" } }))?.status, { timeout: 15_000 })
    .toBe("SENT");
  const mail = await db.emailMessage.findFirstOrThrow({ where: { to: email, kind: "password-reset" } });
  const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
  await gotoReady(page, link.replace(/^https?:\/\/[^/]+/, ""));
  await page.getByLabel("New password", { exact: true }).fill("new-password-456");
  await page.getByLabel("Confirm new password").fill("new-password-456");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password is changed.")).toBeVisible();
  await signIn(page, email, "new-password-456");

  await page.context().clearCookies();
  await gotoReady(page, link.replace(/^https?:\/\/[^/]+/, ""));
  await page.getByLabel("New password", { exact: true }).fill("third-password-789");
  await page.getByLabel("Confirm new password").fill("third-password-789");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("This link has expired or was already used")).toBeVisible();
});

test("sign-up sends a welcome email that admins can read in the outbox", async ({ page }) => {
  const email = `${unique("welcome")}@example.com`;
  await gotoReady(page, "/sign-up");
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("First name").fill("Wendy");
  await form.getByLabel("Last name").fill("Come");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password", { exact: true }).fill("a-good-password-1");
  await form.getByLabel("Confirm password").fill("a-good-password-1");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect
    .poll(async () => (await db.emailMessage.findFirst({ where: { to: email, kind: "welcome" } }))?.status, { timeout: 15_000 })
    .toBe("SENT");

  await page.context().clearCookies();
  await signIn(page, "admin@example.com");
  await page.goto("/admin/outbox");
  await page.getByRole("link", { name: "Welcome to Wishwell, Wendy" }).first().click();
  await expect(page.getByText(`To ${email}`)).toBeVisible();
  await expect(page.getByText("Your account is ready.")).toBeVisible();
});
