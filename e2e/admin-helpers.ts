// Helpers for the admin specs: throwaway registries (so parallel specs never share counts or the
// demo wedding), orders placed straight in the database, and an admin session.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { db, signIn, unique } from "./fixtures";
import { waitForLocks } from "./soap-helpers";

export const signInAdmin = (page: Page) => signIn(page, "admin@example.com");

/** A public registry owned by alex, named uniquely, with one item of 4 requested. */
export async function alexRegistry() {
  await waitForLocks();
  const alex = await db.user.findUniqueOrThrow({ where: { email: "alex@example.com" } });
  const last = `Mod${unique("x").replace(/\D/g, "")}`;
  return db.registry.create({
    data: {
      slug: `mod${last.slice(3)}`, // share slugs are 6–32 lower-case letters and digits
      title: `Moderation test ${last}`,
      ownerId: alex.id,
      firstName: "Alex",
      lastName: last,
      email: alex.email,
      searchName: `alex ${last.toLowerCase()}`,
      searchEmail: alex.email,
      visibility: "PUBLIC",
      items: { create: [{ title: `Teapot ${last}`, priceCents: 2500, requested: 4 }] },
    },
    include: { items: true },
  });
}

/** An order in progress, as checkout leaves it: the line's units held in Locked. */
export async function placedOrder(registryId: number, itemId: number, quantity: number) {
  await waitForLocks();
  await db.registryItem.update({ where: { id: itemId }, data: { locked: { increment: quantity } } });
  await waitForLocks();
  return db.order.create({
    data: {
      registryId,
      buyerName: "Robin Buyer",
      buyerEmail: "robin@example.com",
      totalCents: 2500 * quantity,
      lines: { create: [{ itemId, title: "Teapot", quantity, unitCents: 2500 }] },
    },
  });
}

export const ADMIN_URLS = [
  "/admin",
  "/admin/registries",
  "/admin/registries/1",
  "/admin/reports",
  "/admin/users",
  "/admin/users/1",
  "/admin/orders",
  "/admin/sales?registry=1",
  "/admin/catalog",
  "/admin/catalog/1",
  "/admin/catalog/import",
  "/admin/lists",
  "/admin/credentials",
  "/admin/audit",
  "/admin/outbox",
  "/admin/outbox/1",
];

/** The id Next gave a server action in this build, so a test can call it the way a forged request would. */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`server action ${filename}#${exportedName} not in the build`);
  return id;
}
