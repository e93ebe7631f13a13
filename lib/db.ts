// The one Prisma client. The driver adapter follows DATABASE_URL; only lib/data imports this.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as BaseClient } from "./generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "./database-url";
import { noteDatabaseError } from "./unavailable";
import { onShutdown } from "./shutdown";

export const dbUrl = databaseUrl();
export const dbProvider: Provider = providerOf(dbUrl);

function createClient() {
  const adapter =
    dbProvider === "postgresql"
      ? new PrismaPg({
          connectionString: dbUrl,
          max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
          // pg waits for a free connection forever by default: an unreachable or saturated server
          // would hang every request instead of answering "try again" (P2024-like, see lib/unavailable).
          connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
        })
      : new PrismaLibSQL({ url: `file:${sqliteFile(dbUrl)}` });
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

export type PrismaClient = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// One client per process (dev hot reload would otherwise open a new pool on every change).
export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = prisma;
onShutdown("database connections", () => prisma.$disconnect());

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
