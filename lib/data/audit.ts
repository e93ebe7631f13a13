import "server-only";
import type { Tx } from "../db";
import type { SessionUser } from "./users";

/** One audit row: who did what to which target, with counts before and after where they changed. */
export function audit(
  tx: Tx,
  actor: SessionUser | null,
  entry: { action: string; targetType: string; targetId: string | number; registryId?: number | null; before?: unknown; after?: unknown },
) {
  return tx.auditLog.create({
    data: {
      actorType: actor ? (actor.role === "ADMIN" ? "ADMIN" : "USER") : "GUEST",
      actorId: actor?.id ?? null,
      actorLabel: actor?.email ?? "guest",
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      registryId: entry.registryId ?? null,
      before: entry.before === undefined ? "" : JSON.stringify(entry.before),
      after: entry.after === undefined ? "" : JSON.stringify(entry.after),
    },
  });
}
