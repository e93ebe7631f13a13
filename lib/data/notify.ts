import "server-only";
// Notices to registrants, queued in the caller's transaction.
import type { Tx } from "../db";
import { sign } from "../guest-access";
import { giftBoughtEmail } from "../email/templates";
import { enqueueEmail } from "./outbox";

export const unsubscribeUrl = (baseUrl: string, userId: number, kind: string) =>
  `${baseUrl}/unsubscribe?u=${userId}&k=${kind}&sig=${encodeURIComponent(sign("unsubscribe", `${userId}:${kind}`))}`;

/** "A gift was bought" to the owner and a signed-up co-registrant who want it; surprise mode hides names. */
export async function notifyGiftBought(tx: Tx, registryId: number, what: { buyerName: string; items: string }, baseUrl: string) {
  const r = await tx.registry.findUniqueOrThrow({
    where: { id: registryId },
    select: { title: true, surpriseMode: true, revealedAt: true, coEmail: true, owner: { select: { id: true, email: true, notifyPurchases: true, status: true } } },
  });
  const totals = await tx.registryItem.aggregate({ where: { registryId }, _sum: { requested: true, purchased: true, locked: true } });
  const co = r.coEmail ? await tx.user.findUnique({ where: { email: r.coEmail }, select: { id: true, email: true, notifyPurchases: true, status: true } }) : null;
  const bought = (totals._sum.purchased ?? 0) + (totals._sum.locked ?? 0);
  for (const u of [r.owner, co]) {
    if (!u || !u.notifyPurchases || u.status !== "ACTIVE") continue;
    const email = giftBoughtEmail({
      registryTitle: r.title,
      surprise: r.surpriseMode && !r.revealedAt,
      buyerName: what.buyerName,
      items: what.items,
      bought,
      requested: totals._sum.requested ?? 0,
      dashboardUrl: `${baseUrl}/dashboard/registries/${registryId}`,
      unsubscribeUrl: unsubscribeUrl(baseUrl, u.id, "purchases"),
    });
    await enqueueEmail(tx, "gift-bought", u.email, email);
  }
}
