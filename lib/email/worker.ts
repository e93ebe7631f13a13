import "server-only";
// The in-process sender: polls the outbox, sends with retries and backoff. Sending never blocks the
// action that queued the message; a crash leaves claimed messages to be taken over after the lease.
import { claimDue, markFailed, markSent } from "../data/outbox";
import { deliver } from "./transport";
import { queueAdminReportSummaries, queueThankYouReminders, queueWeeklyDigests } from "../data/scheduled-emails";
import { env } from "../env";
import { logError } from "../security/redact";

let running: Promise<number> | null = null;

/** One pass over due messages; returns how many were sent. Concurrent calls share the pass. */
export function runOutboxOnce(): Promise<number> {
  running ??= (async () => {
    let sent = 0;
    try {
      for (const m of await claimDue()) {
        try {
          await deliver(m);
          await markSent(m.id);
          sent++;
        } catch (e) {
          await markFailed(m.id, m.attempts, String((e as Error)?.message ?? e));
        }
      }
    } finally {
      running = null;
    }
    return sent;
  })();
  return running;
}

/** Reminders, digests and admin summaries that are due now (idempotent: each marks what it queued). */
export async function runScheduledOnce(now = new Date()) {
  const base = env().APP_URL;
  await queueThankYouReminders(base, now);
  await queueWeeklyDigests(base, now);
  await queueAdminReportSummaries(base, now);
}

/** Starts polling; the returned stop() ends polling and waits for a pass already under way. */
export function startOutboxWorker(intervalMs = env().OUTBOX_POLL_MS) {
  let lastScheduled = 0;
  let scheduled: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    if (Date.now() - lastScheduled > 60_000) {
      lastScheduled = Date.now();
      scheduled = runScheduledOnce().catch((e) => logError("[outbox] scheduled emails failed", e));
    }
    runOutboxOnce().catch((e) => logError("[outbox] pass failed", e));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    // A message being sent is finished and marked, not left to wait out its lease after a restart.
    await Promise.all([running?.catch(() => 0), scheduled]);
  };
}
