// Runs once when the server starts: start the email outbox worker in the Node.js runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.OUTBOX_WORKER !== "0") {
    const { startOutboxWorker } = await import("./lib/email/worker");
    startOutboxWorker();
  }
}
