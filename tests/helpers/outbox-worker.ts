// A separate outbox worker process: sends due messages until killed (SMTP_URL from the environment).
import { runOutboxOnce } from "../../lib/email/worker";

for (;;) {
  await runOutboxOnce();
  await new Promise((r) => setTimeout(r, 50));
}
