// The one Prisma client. The driver adapter follows DATABASE_URL; only lib/data imports this.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { createClient as createLibsql, type Client as LibsqlClient, type InValue } from "@libsql/client";
import Libsql from "libsql";
import pg from "pg";
import { PrismaClient as BaseClient, type Prisma } from "./generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "./database-url";
import { isBusyError, noteDatabaseError } from "./unavailable";
import { onShutdown } from "./shutdown";

export const dbUrl = databaseUrl();
export const dbProvider: Provider = providerOf(dbUrl);

/** Rows of one read, straight from the driver: column name → the driver's own value. */
type RowsFn = (q: Prisma.Sql) => Promise<Record<string, unknown>[]>;

/** One statement of a fast write transaction: its rows (SELECT, RETURNING) or how many rows it changed. */
export type WriteStep = { q: Prisma.Sql; want: "rows" | "count" };
/** A fast write transaction's body: a generator yielding its statements (see fastWrite). */
export type WriteBody<T> = Generator<WriteStep, T, unknown>;
type WriteFn = <T>(body: () => WriteBody<T>) => Promise<T>;

const pgPool = () =>
  new pg.Pool({
    connectionString: dbUrl,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // pg waits for a free connection forever by default: an unreachable or saturated server
    // would hang every request instead of answering "try again" (P2024-like, see lib/unavailable).
    connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
  });
const poolRows = (pool: pg.Pool): RowsFn => async (q) => (await pool.query(q.text, q.values)).rows;

function ownPoolRows(): RowsFn {
  const pool = pgPool();
  onShutdown("fast read pool", () => pool.end());
  return poolRows(pool);
}

/** SQLite: its own connection (opened on first use), outside Prisma's one-at-a-time lock, reading committed data (WAL). */
function sqliteRows(): RowsFn {
  let client: LibsqlClient | undefined;
  onShutdown("fast read connection", () => client?.close());
  return async (q) => {
    client ??= createLibsql({ url: `file:${sqliteFile(dbUrl)}` });
    const r = await client.execute({ sql: q.sql, args: q.values as InValue[] });
    return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));
  };
}

/** PostgreSQL: a pool connection, BEGIN … COMMIT, each statement awaited; ROLLBACK on any error. */
const poolWrite = (pool: pg.Pool): WriteFn => async (body) => {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // Bounded like Prisma's transactions: a hung statement or lock wait ends in an error (503), not in a
    // checkout that waits forever and holds back every buyer of the gift behind it.
    await client.query("BEGIN; SET LOCAL lock_timeout = '10s'; SET LOCAL statement_timeout = '15s'");
    try {
      const steps = body();
      let step = steps.next();
      while (!step.done) {
        const { q, want } = step.value;
        const r = await client.query(q.text, q.values.map((v) => (v instanceof Date ? v.toISOString() : v)));
        step = steps.next(want === "rows" ? r.rows : (r.rowCount ?? 0));
      }
      await client.query("COMMIT");
      return step.value;
    } catch (e) {
      await client.query("ROLLBACK").catch((rollbackFailed: Error) => (broken = rollbackFailed)); // a dead connection: not back to the pool
      throw e;
    }
  } finally {
    client.release(broken);
  }
};

function ownPoolWrite(): WriteFn {
  const pool = pgPool();
  onShutdown("fast write pool", () => pool.end());
  return poolWrite(pool);
}

// How long a SQLite write keeps trying while another connection holds the write lock (Prisma's
// connection waits as long in its busy_timeout).
const SQLITE_BUSY_BUDGET_MS = 5000;

/**
 * SQLite: its own connection, and the whole transaction run synchronously (libsql's native calls are
 * synchronous), from BEGIN IMMEDIATE to COMMIT in one turn of the event loop — so no other request
 * runs in between and the write lock is held for well under a millisecond. busy_timeout is 0 on this
 * connection: when another connection holds the lock (a Prisma transaction of this process, which
 * needs the event loop to finish, or another process), waiting inside the native call would block the
 * very loop that holder needs. It gives up at once instead and tries again after a timer.
 */
function sqliteWrite(): WriteFn {
  let db: Libsql.Database | undefined;
  const prepared = new Map<string, Libsql.Statement<unknown[]>>();
  const close = () => {
    prepared.clear();
    try {
      db?.close();
    } catch {}
    db = undefined;
  };
  onShutdown("fast write connection", close);
  const open = () => {
    if (!db) {
      db = new Libsql(sqliteFile(dbUrl));
      db.prepare("PRAGMA busy_timeout = 0").get();
    }
    return db;
  };
  const statement = (sql: string) => {
    let st = prepared.get(sql);
    if (!st) {
      if (prepared.size >= 200) prepared.clear();
      st = open().prepare(sql) as Libsql.Statement<unknown[]>;
      prepared.set(sql, st);
    }
    return st;
  };
  // As Prisma's SQLite adapter stores them: dates as ISO text, booleans as 0/1.
  const args = (values: unknown[]) => values.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v));
  const once = <T,>(body: () => WriteBody<T>): T => {
    const d = open();
    d.exec("BEGIN IMMEDIATE"); // SQLITE_BUSY here: nothing was started
    try {
      const steps = body();
      let step = steps.next();
      while (!step.done) {
        const { q, want } = step.value;
        const st = statement(q.sql);
        step = steps.next(want === "rows" ? st.all(args(q.values)) : st.run(args(q.values)).changes);
      }
      d.exec("COMMIT");
      return step.value;
    } catch (e) {
      try {
        if (d.inTransaction) d.exec("ROLLBACK");
      } catch {
        close(); // a connection that cannot roll back must not hold the lock: a fresh one next time
      }
      throw e;
    }
  };
  return async (body) => {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return once(body);
      } catch (e) {
        if (!isBusyError(e) || Date.now() - started > SQLITE_BUSY_BUDGET_MS) throw e;
        await new Promise((r) => setTimeout(r, Math.min(50, 2 ** attempt) + Math.random() * 5));
      }
    }
  };
}

function createClient(): { client: ReturnType<typeof extend>; rows: RowsFn; write: WriteFn } {
  if (dbProvider === "postgresql") {
    // One pool for Prisma, the hot reads and the fast writes; Prisma ends it on $disconnect.
    const pool = pgPool();
    return { client: extend(new PrismaPg(pool, { disposeExternalPool: true })), rows: poolRows(pool), write: poolWrite(pool) };
  }
  return { client: extend(new PrismaLibSQL({ url: `file:${sqliteFile(dbUrl)}` })), rows: sqliteRows(), write: sqliteWrite() };
}

function extend(adapter: PrismaPg | PrismaLibSQL) {
  // Every query passes here: a connection-class failure is marked so the page/API answers 503.
  // Nothing is cached on failure: pg drops broken connections and opens new ones on the next query.
  return new BaseClient({ adapter }).$extends({
    name: "database-unavailable",
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (e) {
          throw noteDatabaseError(e);
        }
      },
    },
  });
}

export type PrismaClient = ReturnType<typeof extend>;
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; fastRows?: RowsFn; fastWrite?: WriteFn };

// One client per process (dev hot reload would otherwise open a new pool on every change). A test
// may install its own client first; the fast reads then get their own connections.
if (!globalForPrisma.prisma) {
  const created = createClient();
  globalForPrisma.prisma = created.client;
  globalForPrisma.fastRows = created.rows;
  globalForPrisma.fastWrite = created.write;
}
globalForPrisma.fastRows ??= dbProvider === "postgresql" ? ownPoolRows() : sqliteRows();
globalForPrisma.fastWrite ??= dbProvider === "postgresql" ? ownPoolWrite() : sqliteWrite();
export const prisma: PrismaClient = globalForPrisma.prisma!;
const rows: RowsFn = globalForPrisma.fastRows;
const write: WriteFn = globalForPrisma.fastWrite;
onShutdown("database connections", () => prisma.$disconnect());

/** Who wants to see every fast read's SQL (the query-count tests). */
export const fastReadListeners = new Set<(sql: string) => void>();
/** Who wants to know of every fast write transaction (tests). */
export const fastWriteListeners = new Set<() => void>();

/**
 * A read on a hot path (fingerprints, guest lookups, credentials), sent straight to the driver: no
 * Prisma query compile, interpret or tracing, which cost more than such a read itself. Values come
 * as the driver gives them — integers may be bigint strings on PostgreSQL, booleans 0/1 on SQLite —
 * so keep these reads to ids, counts, text and enums, and let Prisma read dates and booleans.
 */
export async function fastRows<T>(q: Prisma.Sql): Promise<T[]> {
  for (const listener of fastReadListeners) listener(q.sql);
  try {
    return (await rows(q)) as T[];
  } catch (e) {
    throw noteDatabaseError(e);
  }
}

/** A statement of a fast write whose rows the body wants: `const rows = yield* sqlRows<Row>(Prisma.sql\`…\`)`. */
export function* sqlRows<T>(q: Prisma.Sql): Generator<WriteStep, T[], unknown> {
  return (yield { q, want: "rows" }) as T[];
}
/** A statement of a fast write whose changed-row count the body wants. */
export function* sqlCount(q: Prisma.Sql): Generator<WriteStep, number, unknown> {
  return (yield { q, want: "count" }) as number;
}

/**
 * A write transaction on a hot path (the checkout), straight to the driver like fastRows: its body is
 * a generator function yielding raw statements (sqlRows / sqlCount), so one body runs on both
 * databases — synchronously on SQLite (one event-loop turn, see sqliteWrite), awaited statement by
 * statement on PostgreSQL. All of it commits or, when the body throws, none of it. The body may run
 * more than once (SQLite, when another connection held the write lock): keep it free of effects
 * other than its statements. Values as fastRows; dates and booleans in parameters are converted.
 */
export async function fastWrite<T>(body: () => WriteBody<T>): Promise<T> {
  for (const listener of fastWriteListeners) listener();
  try {
    return await write(body);
  } catch (e) {
    throw noteDatabaseError(e);
  }
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
