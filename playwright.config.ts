import { tmpdir } from "node:os";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm test`, which prepares a fresh database and a production build first.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
/** The fixture shop of e2e/add-from-link.spec.ts (clear of the app ports 3210, 3521–3523). */
const SHOP_PORT = 3532;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // 60 s: several stories sign in two or three people; on a slow 2-core machine they took ~30 s.
  // Speed is measured by the bench (npm run bench), not by test timeouts.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["./e2e/summary-reporter.ts"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The production server of npm start (scripts/serve.ts), run directly (not through npm) so
    // Playwright stops exactly the process it started. TRUST_PROXY=1: the test runner plays the one
    // proxy in front of it, so specs give themselves budgets of their own with X-Forwarded-For
    // (e2e/trust-proxy.spec.ts checks the default, where that header is ignored).
    command: `node --import tsx scripts/serve.ts -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_TRUST_HOST: "true",
      TRUST_PROXY: "1",
      OUTBOX_DIR: `${tmpdir()}/registry-e2e-outbox-${port}`,
      OUTBOX_POLL_MS: "500",
      // e2e/add-from-link.spec.ts runs a fixture shop on this loopback host:port; any other private address stays refused.
      URL_IMPORT_ALLOWED_HOSTS: `127.0.0.1:${SHOP_PORT}`,
      URL_IMPORT_TIMEOUT_MS: "2000",
    },
  },
});
