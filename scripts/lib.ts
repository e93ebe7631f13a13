// Shared by the start, test and bench scripts: prepare the database and the build, idempotently.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "../lib/database-url";
import { env } from "../lib/env";

export const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...extra,
  } as NodeJS.ProcessEnv;
}

export function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: baseEnv(), ...opts });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status})`);
}

export function dbInfo() {
  const url = databaseUrl();
  const provider = providerOf(url);
  return { url, provider, dataDir: provider === "sqlite" ? path.dirname(sqliteFile(url)) : path.join(root, "data") };
}

/** AUTH_SECRET: from the environment, else generated once and kept beside the embedded database. */
export function ensureAuthSecret(dataDir: string, production: boolean): string {
  const given = env().AUTH_SECRET;
  if (given) return given;
  if (production) {
    console.error("AUTH_SECRET is not set. In production set AUTH_SECRET to a long random value (e.g. `openssl rand -base64 33`).");
    process.exit(1);
  }
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

const GENERATED_MARK = path.join(root, "lib", "generated", "provider.txt");

/** The generated client is tied to one provider and the models: regenerate when either changes. */
export function ensureClient(provider: Provider, env: NodeJS.ProcessEnv) {
  const h = createHash("sha256");
  h.update(provider);
  hashTree(h, path.join(root, "prisma", "models"));
  const wanted = `${provider} ${h.digest("hex")}`;
  const current = existsSync(GENERATED_MARK) ? readFileSync(GENERATED_MARK, "utf8").trim() : "";
  if (current === wanted) return;
  console.log(`• Generating the Prisma client for ${provider}`);
  // Prisma 7's CLI insists on its native schema engine (a download) even for generate, which never runs it.
  const noEngine = { ...env, PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts", "schema-engine-absent") };
  run(bin("prisma"), ["generate"], { env: noEngine, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(GENERATED_MARK, wanted);
}

export function migrate(env: NodeJS.ProcessEnv) {
  console.log("• Applying database migrations");
  run(bin("tsx"), ["scripts/migrations.ts", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
  run(bin("tsx"), ["scripts/sqlite-wal.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

export function seed(env: NodeJS.ProcessEnv) {
  run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { env });
}

export function isEmptyDatabase(env: NodeJS.ProcessEnv): boolean {
  const r = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/db-empty.ts"], { cwd: root, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not inspect the database: ${r.stderr}`);
  return r.stdout.trim() === "empty";
}

const BUILD_INPUTS = [
  "app",
  "pages",
  "components",
  "lib",
  "public",
  "prisma/models",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function hashTree(h: ReturnType<typeof createHash>, p: string) {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isDirectory()) {
    if (p.endsWith(`${path.sep}generated`)) return;
    for (const name of readdirSync(p).sort()) hashTree(h, path.join(p, name));
  } else {
    h.update(path.relative(root, p));
    h.update(readFileSync(p));
  }
}

/** Build when there is no build of exactly these sources for this provider. */
export function ensureBuild(provider: Provider, env: NodeJS.ProcessEnv) {
  const h = createHash("sha256");
  h.update(provider);
  for (const p of BUILD_INPUTS) hashTree(h, path.join(root, p));
  const stamp = h.digest("hex");
  const stampFile = path.join(root, ".next", "build-stamp");
  if (existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
  console.log("• Building the app (first start, or the sources changed)");
  run(bin("next"), ["build"], { env });
  writeFileSync(stampFile, stamp);
}
