// Test-only access to the test database (the app's own lib/data is server-only) and sign-in helpers.
import { expect, type Page } from "@playwright/test";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile } from "../lib/database-url";

const url = databaseUrl();
export const db = new PrismaClient({
  adapter: providerOf(url) === "postgresql" ? new PrismaPg({ connectionString: url }) : new PrismaLibSQL({ url: `file:${sqliteFile(url)}` }),
});

export const DEMO_PASSWORD = "demo-password";
export const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Go to a page and wait until React has hydrated it, so typed values are never reset. */
export async function gotoReady(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await gotoReady(page, "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}
