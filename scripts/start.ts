// npm start: database, migrations, demo data (embedded, when empty), build if needed, then serve.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { env as readEnv, type Env } from "../lib/env";
import { baseEnv, dbInfo, ensureAuthSecret, ensureBuild, ensureClient, isEmptyDatabase, migrate, root, seed } from "./lib";

const started = Date.now();
let config: Env;
try {
  config = readEnv(); // every variable checked before migrating and building
} catch (e) {
  console.error(`Cannot start: ${(e as Error).message}`);
  process.exit(1);
}
const production = process.env.NODE_ENV === "production";
const { url, provider, dataDir } = dbInfo();
mkdirSync(dataDir, { recursive: true });
const env = baseEnv({ DATABASE_URL: url, AUTH_TRUST_HOST: "true" });
env.AUTH_SECRET = ensureAuthSecret(dataDir, production);

console.log(`• Database: ${provider}${provider === "sqlite" ? ` (${url})` : ""}`);
ensureClient(provider, env);
migrate(env);
if (provider === "sqlite" && config.SEED_DEMO && isEmptyDatabase(env)) {
  console.log("• Empty embedded database: loading the demo data");
  seed(env);
}
ensureBuild(provider, env);

const port = String(config.PORT);
console.log(`• Ready in ${((Date.now() - started) / 1000).toFixed(1)} s — serving on http://localhost:${port}`);
// scripts/serve.ts, not `next start`: it answers 503 when the database is out of reach and shuts down
// gracefully (exit 0) on the SIGTERM forwarded here.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", port], {
  cwd: root,
  env: { ...env, NODE_ENV: "production" },
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
