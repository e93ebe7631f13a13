// The one Prisma client. The driver adapter follows DATABASE_URL; only lib/data imports this.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "./database-url";

export const dbUrl = databaseUrl();
export const dbProvider: Provider = providerOf(dbUrl);

function createClient() {
  const adapter =
    dbProvider === "postgresql"
      ? new PrismaPg({ connectionString: dbUrl, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) })
      : new PrismaLibSQL({ url: `file:${sqliteFile(dbUrl)}` });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// One client per process (dev hot reload would otherwise open a new pool on every change).
export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = prisma;

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
