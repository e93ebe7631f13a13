// Kill a real worker process mid-batch (SIGKILL) and restart: every queued message arrives exactly once.
import { spawn } from "node:child_process";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { resetEnv } from "../../lib/env";
import { enqueueEmail } from "../../lib/data/outbox";
import { runOutboxOnce } from "../../lib/email/worker";

const root = path.resolve(import.meta.dirname, "../..");
const accepted: string[] = [];
let received = 0; // messages whose data arrived (answered or not)
const sockets = new Set<Socket>();

// Like a real SMTP server, a message counts only once the server has answered 250 to a live client:
// if the client dies while the server is still working, the message is discarded.
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onConnect(session, cb) {
    cb();
  },
  onData(stream, session, cb) {
    let raw = "";
    stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    stream.on("end", () => {
      received++;
      setTimeout(() => {
        const id = /^Message-ID: (.*)$/im.exec(raw)?.[1] ?? "";
        const socket = [...sockets].find((s) => s.remotePort === session.remotePort);
        if (!socket || socket.destroyed) return cb(new Error("client went away"));
        accepted.push(id);
        cb();
      }, 150);
    });
  },
});
server.server.on("connection", (s: Socket) => {
  sockets.add(s);
  s.on("close", () => sockets.delete(s));
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnv();
  await new Promise<void>((r) => server.close(() => r()));
  await prisma.$disconnect();
});

describe("outbox worker crash", () => {
  it("a worker killed mid-batch loses nothing and sends nothing twice after the restart", async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    // Only this batch is due: everything older is marked as handled.
    await prisma.emailMessage.updateMany({ where: { status: { in: ["QUEUED", "SENDING"] } }, data: { status: "SENT" } });
    const ids: number[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(
        (await enqueueEmail(prisma, "crash-test", `crash${i}@example.com`, { subject: `Crash ${i}`, html: "<p>x</p>", text: "x" })).id,
      );

    const worker = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/helpers/outbox-worker.ts"], {
      cwd: root,
      env: { ...process.env, SMTP_URL: smtpUrl },
      stdio: "ignore",
      detached: true,
    });
    const deadline = Date.now() + 30_000;
    // Kill while the 4th message is in flight (data sent, no answer yet): three are done, the rest claimed or queued.
    while (received < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    process.kill(-worker.pid!, "SIGKILL");
    await new Promise((r) => setTimeout(r, 400));
    const sentBeforeRestart = accepted.length;
    expect(sentBeforeRestart).toBe(3);
    expect(await prisma.emailMessage.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(3);

    // Restart: leases held by the dead worker run out (fast-forwarded here), then a new pass sends the rest.
    await prisma.emailMessage.updateMany({ where: { id: { in: ids }, status: "SENDING" }, data: { leaseUntil: new Date(Date.now() - 1) } });
    process.env.SMTP_URL = smtpUrl;
    resetEnv();
    while ((await prisma.emailMessage.count({ where: { id: { in: ids }, status: { not: "SENT" } } })) > 0 && Date.now() < deadline + 30_000)
      await runOutboxOnce();

    const expected = ids.map((id) => `<outbox-${id}@wishwell.local>`).sort();
    expect([...accepted].sort()).toEqual(expected); // every message exactly once
  });
});
