import "server-only";
// Co-registrant access: granted only by accepting the invitation mailed to coEmail while signed in
// with that address (proof of the inbox); signing up with the address grants nothing. The invitation
// token is stored as SHA-256 on the registry, expires, works once, and a resend replaces it.
import { prisma, type Tx } from "../db";
import { newSecret, sha256 } from "../api-keys";
import { worded } from "../i18n/errors";
import { coRegistrantInviteEmail } from "../email/templates";
import { enqueueEmail } from "./outbox";

export const INVITE_DAYS = 14;
const EXPIRED = "registryErrors.inviteExpired";

/** Drop the co-manager and any invitation, then invite coEmail (if any). In the caller's transaction. */
export async function inviteCoRegistrant(tx: Tx, registryId: number, baseUrl: string) {
  const r = await tx.registry.findUniqueOrThrow({
    where: { id: registryId },
    select: { title: true, language: true, coEmail: true, owner: { select: { firstName: true, lastName: true } } },
  });
  if (!r.coEmail) {
    await tx.registry.update({
      where: { id: registryId },
      data: { coManagerId: null, coInviteHash: null, coInviteExpiresAt: null, coInvitedAt: null },
    });
    return;
  }
  const token = newSecret(32);
  const now = new Date();
  await tx.registry.update({
    where: { id: registryId },
    data: {
      coManagerId: null,
      coInviteHash: sha256(token),
      coInviteExpiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
      coInvitedAt: now,
    },
  });
  const ownerName = `${r.owner.firstName} ${r.owner.lastName}`.trim();
  await enqueueEmail(
    tx,
    "co-registrant-invite",
    r.coEmail,
    coRegistrantInviteEmail({
      ownerName,
      registryTitle: r.title,
      url: `${baseUrl}/accept-invitation?token=${token}`,
      days: INVITE_DAYS,
      locale: r.language,
    }),
  );
}

/** A new link for the current co-registrant (the old link stops working); refused once they joined. */
export async function resendCoRegistrantInvite(registryId: number, baseUrl: string) {
  const r = await prisma.registry.findUniqueOrThrow({ where: { id: registryId }, select: { coEmail: true, coManagerId: true } });
  if (!r.coEmail) throw worded("conflict", "registryErrors.coEmailFirst");
  if (r.coManagerId) throw worded("conflict", "registryErrors.coJoined");
  await prisma.$transaction((tx) => inviteCoRegistrant(tx, registryId, baseUrl));
}

/** Ends the co-registrant's access and voids any invitation; their name and email stay on the registry. */
export async function revokeCoRegistrant(registryId: number) {
  await prisma.registry.update({
    where: { id: registryId },
    data: { coManagerId: null, coInviteHash: null, coInviteExpiresAt: null, coInvitedAt: null },
  });
}

export type CoRegistrantStatus =
  | { state: "none" }
  | { state: "joined"; email: string; name: string }
  | { state: "invited"; email: string; expired: boolean }
  | { state: "not-invited"; email: string };

/** What the owner sees on the registry's page. */
export async function coRegistrantStatus(registryId: number): Promise<CoRegistrantStatus> {
  const r = await prisma.registry.findUniqueOrThrow({
    where: { id: registryId },
    select: {
      coEmail: true,
      coInviteHash: true,
      coInviteExpiresAt: true,
      coManager: { select: { firstName: true, lastName: true, email: true } },
    },
  });
  if (r.coManager) return { state: "joined", email: r.coManager.email, name: `${r.coManager.firstName} ${r.coManager.lastName}`.trim() };
  if (!r.coEmail) return { state: "none" };
  if (r.coInviteHash) return { state: "invited", email: r.coEmail, expired: !r.coInviteExpiresAt || r.coInviteExpiresAt < new Date() };
  return { state: "not-invited", email: r.coEmail };
}

/** The invitation behind a link, if it is still good (not consumed: the page only shows it). */
export async function findInvitation(token: string) {
  if (!token) return null;
  const r = await prisma.registry.findUnique({
    where: { coInviteHash: sha256(token) },
    select: {
      id: true,
      title: true,
      coEmail: true,
      ownerId: true,
      coInviteExpiresAt: true,
      owner: { select: { firstName: true, lastName: true } },
    },
  });
  if (!r || !r.coEmail || !r.coInviteExpiresAt || r.coInviteExpiresAt < new Date()) return null;
  return {
    registryId: r.id,
    title: r.title,
    email: r.coEmail,
    ownerId: r.ownerId,
    ownerName: `${r.owner.firstName} ${r.owner.lastName}`.trim(),
  };
}

/** Accept while signed in with the invited address: records the co-manager and proves the address. */
export async function acceptInvitation(token: string, user: { id: number; email: string }) {
  const inv = await findInvitation(token);
  if (!inv) throw worded("conflict", EXPIRED);
  const email = user.email.toLowerCase();
  if (email !== inv.email) throw worded("conflict", "registryErrors.inviteFor", { email: inv.email });
  if (inv.ownerId === user.id) throw worded("conflict", "registryErrors.alreadyOwner");
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    // Conditional on the same token, address and expiry: a resend, an address change or a second click in between wins.
    const { count } = await tx.registry.updateMany({
      where: { id: inv.registryId, coInviteHash: sha256(token), coEmail: email, coInviteExpiresAt: { gt: now } },
      data: { coManagerId: user.id, coInviteHash: null, coInviteExpiresAt: null },
    });
    if (count !== 1) throw worded("conflict", EXPIRED);
    await tx.user.updateMany({ where: { id: user.id, email: user.email, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
  });
  return inv.registryId;
}
