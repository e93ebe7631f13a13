import "server-only";
// Notices to registrants, queued in the caller's transaction.
import type { prisma, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { sign } from "../guest-access";
import { giftBoughtEmail } from "../email/templates";
import { enqueueEmails, type QueuedEmail } from "./outbox";

export const unsubscribeUrl = (baseUrl: string, userId: number, kind: string) =>
  `${baseUrl}/unsubscribe?u=${userId}&k=${kind}&sig=${encodeURIComponent(sign("unsubscribe", `${userId}:${kind}`))}`;

type Recipient = { id: number; email: string; notifyPurchases: boolean; status: string };

/** What a gift-bought notice needs, read in the buyer's transaction (after its counts changed). */
export type GiftBoughtContext = {
  title: string;
  slug: string;
  currency: string;
  /** The registry's language: the guest's order email is in it. */
  language: string;
  active: boolean;
  surprise: boolean;
  bought: number;
  requested: number;
  recipients: Recipient[];
};

export type GiftBoughtContextRow = {
  title: string;
  slug: string;
  currency: string;
  language: string;
  active: boolean | number;
  surpriseMode: boolean | number;
  revealedAt: Date | string | null;
  ownerId: number;
  ownerEmail: string;
  ownerNotify: boolean | number;
  ownerStatus: string;
  coId: number | null;
  coEmail: string | null;
  coNotify: boolean | number | null;
  coStatus: string | null;
  sumRequested: bigint | number | string | null;
  sumPurchased: bigint | number | string | null;
  sumLocked: bigint | number | string | null;
};

/** The registry's side of the context (with `r`, `o`, `c` and `t` as joined below): shared with findGuestCheckout. */
export const GIFT_BOUGHT_COLUMNS = Prisma.sql`r."title", r."slug", r."currency", r."language", r."active", r."surpriseMode", r."revealedAt",
      o."id" AS "ownerId", o."email" AS "ownerEmail", o."notifyPurchases" AS "ownerNotify", o."status" AS "ownerStatus",
      c."id" AS "coId", c."email" AS "coEmail", c."notifyPurchases" AS "coNotify", c."status" AS "coStatus",
      t."sumRequested", t."sumPurchased", t."sumLocked"`;

/** The owner, the co-managing co-registrant and the totals of registry `id` (a value or a subquery). */
export const giftBoughtJoins = (id: Prisma.Sql) => Prisma.sql`JOIN "User" o ON o."id" = r."ownerId"
      LEFT JOIN "User" c ON c."id" = r."coManagerId"
      CROSS JOIN (SELECT sum("requested") AS "sumRequested", sum("purchased") AS "sumPurchased", sum("locked") AS "sumLocked"
        FROM "RegistryItem" WHERE "registryId" = ${id}) t`;

const giftBoughtContextSql = (registryId: number) => Prisma.sql`
    SELECT ${GIFT_BOUGHT_COLUMNS}
    FROM "Registry" r ${giftBoughtJoins(Prisma.sql`${registryId}`)}
    WHERE r."id" = ${registryId}`;

/** The context from giftBoughtContextSql's row, whichever driver read it (booleans 0/1, sums as text or bigint). */
export function toGiftBoughtContext(r: GiftBoughtContextRow | undefined): GiftBoughtContext | null {
  if (!r) return null;
  const recipients: Recipient[] = [
    { id: Number(r.ownerId), email: r.ownerEmail, notifyPurchases: Boolean(r.ownerNotify), status: String(r.ownerStatus) },
  ];
  if (r.coId !== null && r.coEmail !== null)
    recipients.push({ id: Number(r.coId), email: r.coEmail, notifyPurchases: Boolean(r.coNotify), status: String(r.coStatus) });
  return {
    title: r.title,
    slug: r.slug,
    currency: r.currency,
    language: r.language,
    active: Boolean(r.active),
    surprise: Boolean(r.surpriseMode) && !r.revealedAt,
    bought: Number(r.sumPurchased ?? 0) + Number(r.sumLocked ?? 0),
    requested: Number(r.sumRequested ?? 0),
    recipients,
  };
}

/**
 * The registry, its owner, the co-registrant who accepted the invitation and the registry's totals in one raw statement:
 * on the checkout's hot path, where each Prisma query costs more to compile than to run. Null when
 * there is no such registry.
 */
export async function giftBoughtContext(tx: Tx | typeof prisma, registryId: number): Promise<GiftBoughtContext | null> {
  const [r] = await tx.$queryRaw<GiftBoughtContextRow[]>(giftBoughtContextSql(registryId));
  return toGiftBoughtContext(r);
}

/** "A gift was bought" to the owner and the co-managing co-registrant who want it; surprise mode hides names. */
export function giftBoughtEmails(
  registryId: number,
  c: GiftBoughtContext,
  what: { buyerName: string; items: string },
  baseUrl: string,
): QueuedEmail[] {
  return c.recipients
    .filter((u) => u.notifyPurchases && u.status === "ACTIVE")
    .map((u) => ({
      kind: "gift-bought",
      to: u.email,
      email: giftBoughtEmail({
        registryTitle: c.title,
        surprise: c.surprise,
        buyerName: what.buyerName,
        items: what.items,
        bought: c.bought,
        requested: c.requested,
        dashboardUrl: `${baseUrl}/dashboard/registries/${registryId}`,
        unsubscribeUrl: unsubscribeUrl(baseUrl, u.id, "purchases"),
        locale: c.language,
      }),
    }));
}

/** Queue the gift-bought notices in the caller's transaction. */
export async function notifyGiftBought(tx: Tx, registryId: number, what: { buyerName: string; items: string }, baseUrl: string) {
  const c = await giftBoughtContext(tx, registryId);
  if (!c) throw new Error(`Registry ${registryId} not found`);
  await enqueueEmails(tx, giftBoughtEmails(registryId, c, what, baseUrl));
}
