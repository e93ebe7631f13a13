// Test-only access to the test database (the app's own lib/data is server-only) and sign-in helpers.
import { expect, type Browser, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile } from "../lib/database-url";
import { SqliteAdapterFactory } from "../lib/sqlite-adapter";

const url = databaseUrl();
export const db = new PrismaClient({
  adapter: providerOf(url) === "postgresql" ? new PrismaPg({ connectionString: url }) : new SqliteAdapterFactory(sqliteFile(url)),
});

export const DEMO_PASSWORD = "demo-password";
export const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Go to a page and wait until React has hydrated it, so typed values are never reset. */
export async function gotoReady(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
}

/**
 * After a plain link that loads the next page in full (the guest registry page's per-gift links),
 * wait for that page's URL and then for React to hydrate it, so typed values are never reset.
 */
export async function arrivedReady(page: Page, url: RegExp) {
  await page.waitForURL(url);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await gotoReady(page, "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // An administrator with no registry of their own lands in the admin area.
  await expect(page).toHaveURL(/\/(dashboard|admin)/);
}

/**
 * A registrant of the story's own: signing out or changing the password ends every session of the
 * account, so stories that do must not use the demo accounts other specs are signed in with.
 */
export async function makeUser(prefix: string, password = "a-good-password-1") {
  const email = `${unique(prefix)}@example.com`;
  await db.user.create({ data: { email, firstName: "Sol", lastName: "Own", passwordHash: await hash(password) } });
  return { email, password };
}

/** A public registry owned by alex with its own unique co-registrant, so parallel specs never collide. */
export async function makeRegistry(
  opts: { requested?: number[]; visibility?: "PUBLIC" | "UNLISTED" | "PRIVATE"; accessCode?: string; active?: boolean } = {},
) {
  const alex = await db.user.findUniqueOrThrow({ where: { email: "alex@example.com" } });
  const coLast =
    unique("Zephyr")
      .replace(/[^A-Za-z]/g, "")
      .slice(0, 6) +
    Math.random()
      .toString(36)
      .replace(/[^a-z]/g, "")
      .slice(0, 6);
  const registry = await db.registry.create({
    data: {
      slug: unique("s")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: `Checkout test ${coLast}`,
      ownerId: alex.id,
      firstName: "Alex",
      lastName: "Rivera",
      email: alex.email,
      coFirstName: "Quinn",
      coLastName: coLast,
      searchName: `alex rivera\nquinn ${coLast.toLowerCase()}`,
      searchEmail: "alex@example.com\n",
      addrStreet: "1 Secret Road",
      addrCity: "Lisbon",
      visibility: opts.visibility ?? "PUBLIC",
      accessCodeHash: opts.accessCode ? await hash(opts.accessCode) : null,
      active: opts.active ?? true,
      items: {
        create: (opts.requested ?? [4, 1]).map((requested, i) => ({
          title: `Gift ${String.fromCharCode(65 + i)} ${coLast}`,
          priceCents: 2500 * (i + 1),
          requested,
          position: i,
        })),
      },
    },
    include: { items: { orderBy: { position: "asc" } } },
  });
  return registry;
}

/**
 * The same-site path of the link (`path?token=…`) in the newest email of that kind to that address,
 * waiting until it is one not in `seen` (so a resend's new link is told from the old one).
 */
export async function mailedLink(to: string, kind: string, path: string, seen: string[] = []): Promise<string> {
  const re = new RegExp(`https?://[^/\\s]+(${path}\\?token=[A-Za-z0-9_-]+)`);
  let link = "";
  await expect
    .poll(
      async () => {
        const mail = await db.emailMessage.findFirst({ where: { to, kind }, orderBy: { id: "desc" } });
        link = re.exec(mail?.text ?? "")?.[1] ?? "";
        return link !== "" && !seen.includes(link);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return link;
}

/**
 * Co-registrant access the only way it is granted: the owner sends the invitation from the registry's
 * page, and the invitee, signed in with the invited address, accepts it from the mailed link.
 */
export async function inviteAndAccept(
  browser: Browser,
  o: { registryId: number; owner: string; ownerPassword?: string; invitee: string; inviteePassword?: string },
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, o.owner, o.ownerPassword);
  await gotoReady(page, `/dashboard/registries/${o.registryId}`);
  const before = await db.emailMessage.findFirst({ where: { to: o.invitee, kind: "co-registrant-invite" }, orderBy: { id: "desc" } });
  await page.getByRole("button", { name: /^(Send|Resend) invitation$/ }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  const link = await mailedLink(
    o.invitee,
    "co-registrant-invite",
    "/accept-invitation",
    before ? [/(\/accept-invitation\?token=[A-Za-z0-9_-]+)/.exec(before.text)?.[1] ?? ""] : [],
  );
  await context.clearCookies();
  await signIn(page, o.invitee, o.inviteePassword);
  await gotoReady(page, link);
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/registries/${o.registryId}$`));
  await context.close();
}
