// Runs once when the server starts: check APP_URL, start the email outbox worker in the Node.js runtime, and have
// the production server (scripts/serve.ts) stop it on SIGTERM before the database pool closes.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./lib/app-url")).appBaseUrl(); // a malformed APP_URL stops the start
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.OUTBOX_WORKER !== "0") {
    const { startOutboxWorker } = await import("./lib/email/worker");
    const { onShutdown } = await import("./lib/shutdown");
    onShutdown("outbox worker", startOutboxWorker());
  }
}
