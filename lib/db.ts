// The one Prisma client. The driver adapter follows DATABASE_URL; only lib/data imports this.
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import { channel } from "node:diagnostics_channel";
import pg from "pg";
import { PrismaClient as BaseClient } from "./generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "./database-url";
import { SqliteAdapterFactory } from "./sqlite-adapter";
import { DATABASE_UNAVAILABLE_CHANNEL, isDatabaseUnavailable, noteDatabaseError } from "./unavailable";
import { onShutdown } from "./shutdown";
import { env } from "./env";

export const dbUrl = databaseUrl();
export const dbProvider: Provider = providerOf(dbUrl);

function createClient() {
  if (dbProvider === "postgresql") {
    const pool = new pg.Pool({
      connectionString: dbUrl,
      max: env().DATABASE_POOL_SIZE,
      // pg waits for a free connection forever by default: an unreachable or saturated server
      // would hang every request instead of answering "try again" (P2024-like, see lib/unavailable).
      connectionTimeoutMillis: env().DATABASE_CONNECT_TIMEOUT_MS,
    });
    return extend(
      new PrismaPg(pool, {
        disposeExternalPool: true, // Prisma ends the pool on $disconnect
        // Named statements: each connection parses and plans a query's SQL once, not on every call.
        statementNameGenerator: env().DATABASE_STATEMENT_CACHE ? statementName : undefined,
      }),
    );
  }
  return extend(new SqliteAdapterFactory(sqliteFile(dbUrl)));
}

/** The same SQL text, the same name (pg keeps each connection's parsed statements by name). */
function statementName(q: { sql: string }): string {
  let name = statementNames.get(q.sql);
  if (name === undefined) {
    if (statementNames.size >= 2000) statementNames.clear(); // IN lists of every length are distinct texts
    name = `p${createHash("sha1").update(q.sql).digest("base64url").slice(0, 22)}`;
    statementNames.set(q.sql, name);
  }
  return name;
}
/** Names already hashed: every query asks for one (a checkout, ten). */
const statementNames = new Map<string, string>();

const unavailable = channel(DATABASE_UNAVAILABLE_CHANNEL);

function extend(adapter: PrismaPg | SqliteAdapterFactory) {
  // Every query passes here: a connection-class failure is marked so the page/API answers 503.
  // Nothing is cached on failure: pg drops broken connections and opens new ones on the next query.
  // A transaction waits for a connection as long as any query does (Prisma's own default is 2 s).
  const transactionOptions = { maxWait: env().DATABASE_CONNECT_TIMEOUT_MS };
  return new BaseClient({ adapter, transactionOptions }).$extends({
    name: "database-unavailable",
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (e) {
          if (isDatabaseUnavailable(e)) unavailable.publish(null);
          throw noteDatabaseError(e);
        }
      },
    },
  });
}

export type PrismaClient = ReturnType<typeof extend>;
// One client per process: `next dev` reloads modules on every change, and each load would open a pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const prisma: PrismaClient = (globalForPrisma.prisma ??= createClient());
onShutdown("database connections", () => prisma.$disconnect());

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
