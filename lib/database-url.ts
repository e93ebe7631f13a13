// Which database this process talks to. Plain module (no server-only): used by prisma.config.ts,
// the start/test scripts and lib/db.ts. DATABASE_URL and its default are in lib/env.ts.
import path from "node:path";
import { env } from "./env";

export type Provider = "sqlite" | "postgresql";

export const databaseUrl = (): string => env().DATABASE_URL;

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (embedded SQLite) or postgresql:// — got "${url.split(":")[0]}:…"`);
}

/** Absolute path of an embedded SQLite database file (relative paths are from the project root). */
export function sqliteFile(url: string): string {
  const p = url.replace(/^file:/i, "").split("?")[0];
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), p);
}
