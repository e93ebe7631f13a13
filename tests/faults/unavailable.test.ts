// The classifier behind every 503: the error shapes Prisma 6 with driver adapters, pg and SQLite
// actually give when the database is out of reach (captured from real failures), and what is not.
import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE, isBusyError, isDatabaseUnavailable, noteDatabaseError } from "../../lib/unavailable";
import { withBusyRetry } from "../../lib/data/retry";

const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid `prisma.user.count()` invocation"), {
    code,
    meta: { driverAdapterError: Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause }) },
  });

describe("isDatabaseUnavailable", () => {
  it("recognises unreachable, dropped, saturated and locked databases", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "DatabaseNotReachable" }))).toBe(true); // $queryRaw
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true); // pg, passed through as is
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true); // pool full
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" }))).toBe(true);
    // Every connection busy for longer than a transaction may wait to start (maxWait).
    const noStart = "Transaction API error: Unable to start a transaction in the given time.";
    expect(
      isDatabaseUnavailable(Object.assign(new Error(`Invalid \`prisma.order.create()\` invocation:\n${noStart}`), { code: "P2028" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "SocketTimeout" }))).toBe(true); // SQLITE_BUSY (lib/sqlite-adapter; the real one: tests/db/sqlite-busy.test.ts)
    expect(isDatabaseUnavailable(Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
  });

  it("leaves bugs and ordinary failures alone", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", code: "42703", message: "column does not exist" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    // A transaction used after it ended is our bug, though it shares the code.
    expect(isDatabaseUnavailable(Object.assign(new Error("Transaction API error: Transaction already closed"), { code: "P2028" }))).toBe(
      false,
    );
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false); // not an error object
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("noteDatabaseError", () => {
  it("stamps the digest for the error boundary, and only on such errors", () => {
    expect(noteDatabaseError(new Error("Connection terminated unexpectedly"))).toMatchObject({ digest: DATABASE_UNAVAILABLE });
    expect(noteDatabaseError(new Error("bug"))).not.toHaveProperty("digest");
  });
});

describe("isBusyError (what withBusyRetry runs again, the whole transaction)", () => {
  // What Prisma 7 with adapter-pg gives for a deadlock's victim or a serialization failure (both mapped to P2034).
  const writeConflict = () =>
    Object.assign(new Error("Transaction failed due to a write conflict or a deadlock. Please retry your transaction"), {
      code: "P2034",
      meta: { driverAdapterError: Object.assign(new Error("TransactionWriteConflict"), { cause: { kind: "TransactionWriteConflict" } }) },
    });

  it("retries PostgreSQL deadlocks (40P01) and serialization failures (40001), and SQLite's busy database", () => {
    expect(isBusyError(writeConflict())).toBe(true);
    expect(isBusyError(prismaError("P2010", { kind: "TransactionWriteConflict" }))).toBe(true);
    expect(isBusyError(Object.assign(new Error("deadlock detected"), { code: "40P01" }))).toBe(true); // pg, as is
    expect(isBusyError(Object.assign(new Error("could not serialize access due to concurrent update"), { code: "40001" }))).toBe(true);
    expect(isBusyError(prismaError("P2010", { kind: "postgres", originalCode: "40P01", message: "x" }))).toBe(true);
    expect(isBusyError(Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
  });

  it("leaves refusals and bugs alone", () => {
    expect(isBusyError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isBusyError(prismaError("P2010", { kind: "postgres", originalCode: "23514", message: "violates check constraint" }))).toBe(
      false,
    );
    expect(isBusyError(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isBusyError(null)).toBe(false);
  });

  it("withBusyRetry runs a deadlocked transaction again, and gives a refusal back at once", async () => {
    let runs = 0;
    expect(
      await withBusyRetry(async () => {
        if (++runs < 3) throw writeConflict();
        return "done";
      }),
    ).toBe("done");
    expect(runs).toBe(3);
    runs = 0;
    await expect(
      withBusyRetry(async () => {
        runs++;
        throw Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
      }),
    ).rejects.toThrow(/Unique/);
    expect(runs).toBe(1);
  });
});
