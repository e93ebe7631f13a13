// Runs once when the server starts: check every environment variable (lib/env.ts: a bad value stops
// the start), start the email outbox worker in the Node.js runtime, and have the production server
// (scripts/serve.ts) stop it on SIGTERM before the database pool closes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if ((await import("./lib/env")).env().OUTBOX_WORKER) {
    const { startOutboxWorker } = await import("./lib/email/worker");
    const { onShutdown } = await import("./lib/shutdown");
    onShutdown("outbox worker", startOutboxWorker());
  }
}
