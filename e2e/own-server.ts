// For specs that must break or stop a server: a private production server (scripts/serve.ts, as
// npm start runs it) on a free port and its own fresh database — the suite's server is never touched.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile } from "../lib/database-url";
import { SqliteAdapterFactory } from "../lib/sqlite-adapter";
import { withFreshPgDatabase } from "../tests/helpers/fresh-pg";
import { baseEnv, migrate, seed } from "../scripts/lib";

export const root = path.resolve(import.meta.dirname, "..");
export const suiteProvider = providerOf(databaseUrl());

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port any more. */
export const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.createServer().once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });

/** The same serverEnv the suite's server gets from npm test, plus this server's database. */
export function serverEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    AUTH_TRUST_HOST: "true",
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
    OUTBOX_DIR: path.join(os.tmpdir(), `registry-own-server-outbox-${port}`),
    OUTBOX_POLL_MS: "300",
  };
}

/** Migrated and seeded with the demo data: a temp SQLite file, or a throwaway database on the suite's PostgreSQL. */
export async function withFreshDatabase<T>(body: (url: string, db: PrismaClient) => Promise<T>): Promise<T> {
  const prepare = async (url: string) => {
    const env = baseEnv({ DATABASE_URL: url });
    migrate(env); // WAL mode too, as npm start sets it
    seed(env);
    const adapter = providerOf(url) === "postgresql" ? new PrismaPg({ connectionString: url }) : new SqliteAdapterFactory(sqliteFile(url));
    const db = new PrismaClient({ adapter });
    try {
      return await body(url, db);
    } finally {
      await db.$disconnect();
    }
  };
  if (suiteProvider === "postgresql") return withFreshPgDatabase(databaseUrl(), "registry_own", prepare);
  const dir = mkdtempSync(path.join(os.tmpdir(), "registry-own-"));
  try {
    return await prepare(`file:${path.join(dir, "own.db")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type OwnServer = { proc: ChildProcess; baseURL: string; port: number; output: () => string; exited: Promise<number | null> };

/** Spawn a server with `command` (default: scripts/serve.ts) and wait until it answers. */
export async function startServer(
  env: NodeJS.ProcessEnv,
  command: string[] = [process.execPath, "--import", "tsx", "scripts/serve.ts", "-H", "127.0.0.1"],
): Promise<OwnServer> {
  const port = Number(env.PORT);
  const proc = spawn(command[0], command.slice(1), { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  proc.stdout!.on("data", (d) => (log += d));
  proc.stderr!.on("data", (d) => (log += d));
  // "close", not "exit": exit can come before the last lines of output are read from the pipe, and
  // the pipe closes only when every process holding it (npm's children too) has gone.
  const exited = new Promise<number | null>((resolve) => proc.once("close", (code) => resolve(code)));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${log}`);
    const ok = await fetch(`${baseURL}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server did not answer within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { proc, baseURL, port, output: () => log, exited };
}
