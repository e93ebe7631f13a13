import "server-only";
// Durable email outbox. Enqueue inside the transaction of the change that causes the email, so a
// crash can never keep the change and lose the email; the worker (lib/email/worker.ts) sends it.
import { prisma, type Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Email } from "../email/templates";

export type QueuedEmail = { kind: string; to: string; email: Email };

/** Stands for the order's number in the emails written with the order (its id is known only after the INSERT); filled in when claimed. */
export const ORDER_NUMBER = "{order}";
const withOrderNumber = <M extends { orderId: number | null; subject: string; html: string; text: string }>(m: M): M =>
  m.orderId === null
    ? m
    : {
        ...m,
        subject: m.subject.replaceAll(ORDER_NUMBER, String(m.orderId)),
        html: m.html.replaceAll(ORDER_NUMBER, String(m.orderId)),
        text: m.text.replaceAll(ORDER_NUMBER, String(m.orderId)),
      };

function emailsInsertSql(list: QueuedEmail[], now = new Date()) {
  return Prisma.sql`INSERT INTO "EmailMessage" ("kind", "to", "subject", "html", "text", "nextAttemptAt", "createdAt")
    VALUES ${Prisma.join(list.map((m) => Prisma.sql`(${m.kind}, ${m.to}, ${m.email.subject}, ${m.email.html}, ${m.email.text}, ${now}, ${now})`))}
    RETURNING "id"`;
}

/**
 * Emails in one raw INSERT, inside the caller's transaction (or alone). Raw: Prisma's query compiler
 * costs more than the insert.
 */
export function enqueueEmails(tx: Tx | typeof prisma, list: QueuedEmail[]): Promise<{ id: number }[]> {
  if (list.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<{ id: number }[]>(emailsInsertSql(list));
}

export async function enqueueEmail(tx: Tx | typeof prisma, kind: string, to: string, email: Email): Promise<{ id: number }> {
  const [queued] = await enqueueEmails(tx, [{ kind, to, email }]);
  return queued;
}

const LEASE_MS = 60_000;
export const MAX_ATTEMPTS = 6;

const due = (now: Date) => ({
  OR: [
    { status: "QUEUED" as const, nextAttemptAt: { lte: now } },
    { status: "SENDING" as const, leaseUntil: { lt: now } },
  ],
});

/**
 * Claim due messages (queued, or sending with an expired lease after a crash): one conditional
 * UPDATE for the batch, so of two workers each row goes to one. A claim per row cost two more round
 * trips per email, which a checkout rush paid for (bench scenario 5).
 */
export async function claimDue(limit = 20, now = new Date()) {
  const ids = await prisma.emailMessage.findMany({ where: due(now), orderBy: { id: "asc" }, take: limit, select: { id: true } });
  if (ids.length === 0) return [];
  const claimed = await prisma.emailMessage.updateManyAndReturn({
    where: { id: { in: ids.map((m) => m.id) }, ...due(now) },
    data: { status: "SENDING", leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  return claimed.sort((a, b) => a.id - b.id).map(withOrderNumber);
}

/** Marked one by one as each goes out: a worker killed mid-batch sends none of them twice. */
export function markSent(id: number) {
  return prisma.emailMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), leaseUntil: null, lastError: "" } });
}

/** Exponential backoff: 30 s, 1 min, 2 min … until MAX_ATTEMPTS, then FAILED with the reason kept. */
export function markFailed(id: number, attempts: number, error: string, now = new Date()) {
  const final = attempts >= MAX_ATTEMPTS;
  return prisma.emailMessage.update({
    where: { id },
    data: {
      status: final ? "FAILED" : "QUEUED",
      leaseUntil: null,
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + 30_000 * 2 ** (attempts - 1)),
    },
  });
}

export function listOutbox(take = 100) {
  return prisma.emailMessage.findMany({
    orderBy: { id: "desc" },
    take,
    select: { id: true, kind: true, to: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
}

export function findEmail(id: number) {
  return prisma.emailMessage.findUnique({ where: { id } });
}
