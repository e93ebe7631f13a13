// The one Prisma client. The driver adapter follows DATABASE_URL; only lib/data imports this.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { createClient as createLibsql, type Client as LibsqlClient, type InValue } from "@libsql/client";
import pg from "pg";
import { PrismaClient as BaseClient, type Prisma } from "./generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "./database-url";
import { noteDatabaseError } from "./unavailable";
import { onShutdown } from "./shutdown";

export const dbUrl = databaseUrl();
export const dbProvider: Provider = providerOf(dbUrl);

/** Rows of one read, straight from the driver: column name → the driver's own value. */
type RowsFn = (q: Prisma.Sql) => Promise<Record<string, unknown>[]>;

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

function createClient(): { client: ReturnType<typeof extend>; rows: RowsFn } {
  if (dbProvider === "postgresql") {
    // One pool for Prisma and for the hot reads; Prisma ends it on $disconnect.
    const pool = pgPool();
    return { client: extend(new PrismaPg(pool, { disposeExternalPool: true })), rows: poolRows(pool) };
  }
  return { client: extend(new PrismaLibSQL({ url: `file:${sqliteFile(dbUrl)}` })), rows: sqliteRows() };
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
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; fastRows?: RowsFn };

// One client per process (dev hot reload would otherwise open a new pool on every change). A test
// may install its own client first; the fast reads then get their own connections.
if (!globalForPrisma.prisma) {
  const created = createClient();
  globalForPrisma.prisma = created.client;
  globalForPrisma.fastRows = created.rows;
}
globalForPrisma.fastRows ??= dbProvider === "postgresql" ? ownPoolRows() : sqliteRows();
export const prisma: PrismaClient = globalForPrisma.prisma!;
const rows: RowsFn = globalForPrisma.fastRows;
onShutdown("database connections", () => prisma.$disconnect());

/** Who wants to see every fast read's SQL (the query-count tests). */
export const fastReadListeners = new Set<(sql: string) => void>();

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

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
