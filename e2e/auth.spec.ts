import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, signIn, unique, gotoReady } from "./fixtures";

test.describe("sign up", () => {
  test("shows field errors for a bad email, a weak password and a duplicate email, and creates no user", async ({ page }) => {
    await gotoReady(page, "/sign-up");
    const form = page.getByRole("form", { name: "Sign up" });
    await form.getByLabel("First name").fill("Robin");
    await form.getByLabel("Last name").fill("Hart");
    await form.getByLabel("Email").fill("robin-at-example");
    await form.getByLabel("Password", { exact: true }).fill("short");
    await form.getByLabel("Confirm password").fill("short");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByText("Enter a valid email address")).toBeVisible();
    await expect(form.getByText("Use at least 10 characters")).toBeVisible();
    await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

    // The server applies the same rules: a duplicate email is caught there and shown at the field.
    await form.getByLabel("Email").fill("alex@example.com");
    await form.getByLabel("Password", { exact: true }).fill("a-good-password-1");
    await form.getByLabel("Confirm password").fill("a-good-password-1");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByText("An account with this email already exists").first()).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up/);
    expect(await db.user.count({ where: { email: "alex@example.com" } })).toBe(1);
    expect(await db.user.count({ where: { firstName: "Robin", lastName: "Hart" } })).toBe(0);
  });

  test("a new registrant signs up, lands on the dashboard and signs out", async ({ page }) => {
    const email = `${unique("new")}@example.com`;
    await page.goto("/");
    await page.getByRole("link", { name: "Sign up" }).click();
    const form = page.getByRole("form", { name: "Sign up" });
    await form.getByLabel("First name").fill("Morgan");
    await form.getByLabel("Last name").fill("Quinn");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Password", { exact: true }).fill("a-good-password-1");
    await form.getByLabel("Confirm password").fill("a-good-password-1");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "My registries" })).toBeVisible();
    await expect(page.getByText("You don’t have a registry yet")).toBeVisible();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("REGISTRANT");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    await page.getByText("Morgan Quinn").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  });
});

test.describe("sign in and roles", () => {
  test("wrong password is refused with a clear message", async ({ page }) => {
    await gotoReady(page, "/sign-in");
    await page.getByLabel("Email").fill("alex@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the registrant sees their registry and is refused /admin", async ({ page }) => {
    await signIn(page, "alex@example.com");
    await expect(page.getByRole("link", { name: "Alex & Sam's Wedding" })).toBeVisible();
    const res = await page.goto("/admin");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
  });

  test("the admin reaches /admin", async ({ page }) => {
    await signIn(page, "admin@example.com");
    await page.goto("/dashboard");
    await page.getByText("Avery Admin").click();
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Store administration" })).toBeVisible();
  });

  test("anonymous visitors are sent to sign in from /admin and /dashboard", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
  });

  test("a suspended user cannot sign in, and an existing session stops working", async ({ page }) => {
    const email = `${unique("suspended")}@example.com`;
    const user = await db.user.create({
      data: { email, firstName: "Sus", lastName: "Pended", passwordHash: await hash("a-good-password-1") },
    });
    await signIn(page, email, "a-good-password-1");
    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-good-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("This account is suspended. Please contact support.")).toBeVisible();
  });
});
