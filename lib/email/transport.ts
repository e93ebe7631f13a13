import "server-only";
// One transport setting: SMTP_URL for a real server; without it (embedded default) messages are
// written as .eml files under data/outbox and listed at /admin/outbox.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

let transporter: Transporter | undefined;
const outboxDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().OUTBOX_DIR);

export async function deliver(m: { id: number; to: string; subject: string; html: string; text: string }) {
  // A stable Message-ID per outbox row lets receivers drop a duplicate after a crash mid-send.
  const { MAIL_FROM, SMTP_URL } = env();
  const message = {
    from: MAIL_FROM,
    to: m.to,
    subject: m.subject,
    html: m.html,
    text: m.text,
    messageId: `<outbox-${m.id}@wishwell.local>`,
  };
  if (SMTP_URL) {
    transporter ??= nodemailer.createTransport(SMTP_URL);
    await transporter.sendMail(message);
    return;
  }
  const file = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await file.sendMail(message);
  mkdirSync(outboxDir(), { recursive: true });
  writeFileSync(path.join(outboxDir(), `${String(m.id).padStart(6, "0")}.eml`), info.message as Buffer);
}
