// "The database cannot be reached right now" — PostgreSQL down, restarting or refusing connections, the
// pool out of time, SQLite locked beyond its busy wait. One classifier for every shape Prisma, its
// driver adapters and the drivers give that condition, so pages, actions and APIs all answer 503
// (retry soon) instead of 500 (our bug). No Node imports: the client error boundary uses the constants.

/** React digest of such an error: survives into app/error.tsx, where messages are stripped in production. */
export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = "We’re having trouble reaching our database — please try again in a moment.";

// P1001 can't reach, P1002 timed out reaching, P1008 operation timed out, P1017 server closed the
// connection, P2024 timed out waiting for a pool connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Kinds of @prisma/driver-adapter-utils errors (adapter-pg maps socket errors onto these).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// SQLSTATE class 08 (connection exception), 57P01–57P03 (admin/crash shutdown, cannot connect now),
// 53300 (too many connections), 55P03 / 57014 (a lock wait or statement past its timeout: try again);
// SQLite's busy/locked codes once its busy_timeout has run out.
const DRIVER_CODES = /^(08[0-9A-Z]{3}|57P0[123]|53300|55P03|57014|SQLITE_BUSY\w*|SQLITE_LOCKED\w*)$/;
// pg throws these as plain Errors (no code), and adapter-pg passes them through unmapped; Prisma's
// P2028 names a transaction that could not get a connection within maxWait this way (and bugs too).
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|database is locked|SQLITE_BUSY|Unable to start a transaction in the given time/i;

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (typeof e !== "object" || e === null || depth > 4) return false;
  const x = e as Record<string, unknown>;
  if (x.digest === DATABASE_UNAVAILABLE) return true;
  for (const code of [x.code, x.originalCode])
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || DRIVER_CODES.test(code))) return true;
  if (typeof x.kind === "string" && ADAPTER_KINDS.has(x.kind)) return true;
  if (typeof x.message === "string" && MESSAGES.test(x.message)) return true;
  const meta = x.meta as Record<string, unknown> | undefined;
  return [x.cause, meta?.driverAdapterError].some((c) => isDatabaseUnavailable(c, depth + 1));
}

/**
 * Published by lib/db.ts (synchronously, in the failing request's async context) when a query fails for
 * want of the database: the production server (scripts/serve.ts) then answers that request's 500 as a 503.
 */
export const DATABASE_UNAVAILABLE_CHANNEL = "wishwell:database-unavailable";

/** Stamps the digest on such an error, so the error boundary (app/error.tsx) can tell. */
export function noteDatabaseError<E>(e: E): E {
  if (typeof e === "object" && e !== null && !("digest" in e) && isDatabaseUnavailable(e))
    Object.assign(e, { digest: DATABASE_UNAVAILABLE });
  return e;
}

// SQLite answers "database is locked/busy" when another connection holds the write lock; PostgreSQL
// rolls back a deadlock's victim (40P01) or a serialization failure (40001), which Prisma reports as
// P2034. Such a transaction did not happen, so withBusyRetry may run the whole of it again after a short wait.
const RETRYABLE_CODES = /^(40P01|40001|P2034|P1008|SQLITE_BUSY\w*)$/;
const RETRYABLE_KINDS = new Set(["TransactionWriteConflict"]);

export function isBusyError(e: unknown, depth = 0): boolean {
  if (e === null || e === undefined || depth > 4) return false;
  const text = String((e as { message?: string })?.message ?? e) + String((e as { code?: string })?.code ?? "");
  if (/SQLITE_BUSY|database is locked|P1008|busy|deadlock detected|could not serialize access/i.test(text)) return true;
  if (typeof e !== "object") return false;
  const x = e as Record<string, unknown>;
  for (const code of [x.code, x.originalCode]) if (typeof code === "string" && RETRYABLE_CODES.test(code)) return true;
  if (typeof x.kind === "string" && RETRYABLE_KINDS.has(x.kind)) return true;
  const meta = x.meta as Record<string, unknown> | undefined;
  return [x.cause, meta?.driverAdapterError].some((c) => isBusyError(c, depth + 1));
}
